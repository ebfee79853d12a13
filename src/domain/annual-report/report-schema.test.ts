import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { createBlankReport, setFigure } from './figures.ts';
import { figurePaths } from './layout.ts';
import { annualReportJsonSchema, annualReportSchema } from './report-schema.ts';

const committed = JSON.parse(readFileSync(new URL('../../../schemas/annual-report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(committed);

describe('annual report JSON Schema', () => {
  it('is the committed file, regenerated from the zod schema (npm run schema)', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(annualReportJsonSchema())));
  });

  it('accepts a blank report and a fully filled one', () => {
    const report = createBlankReport();
    expect(validate(report)).toBe(true);
    for (const path of figurePaths) setFigure(report, path, path.endsWith('amountWanYuan') ? '12.5' : 3);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(annualReportSchema.safeParse(report).success).toBe(true);
  });

  it('rejects a report with an unknown row, a text count or a missing table', () => {
    const extra = createBlankReport() as unknown as Record<string, Record<string, unknown>>;
    extra.applications!.madeUp = {};
    expect(validate(extra)).toBe(false);
    const text = createBlankReport();
    (text.applications.newReceived as Record<string, unknown>).total = '178';
    expect(validate(text)).toBe(false);
    const { reviews: _reviews, ...missing } = createBlankReport();
    expect(validate(missing)).toBe(false);
  });
});

describe('figurePaths', () => {
  it('lists the 10 figures of table A, 25 × 7 of table B and 15 of table C', () => {
    expect(figurePaths.filter((p) => p.startsWith('proactive.'))).toHaveLength(10);
    expect(figurePaths.filter((p) => p.startsWith('applications.'))).toHaveLength(175);
    expect(figurePaths.filter((p) => p.startsWith('reviews.'))).toHaveLength(15);
    expect(new Set(figurePaths).size).toBe(figurePaths.length);
  });
});
