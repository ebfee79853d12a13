import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { loadSampleReport, sampleFixturePath } from '../../../test/render/sample-report.ts';
import { createBlankReport } from '../annual-report/figures.ts';
import type { AnnualReport } from '../annual-report/model.ts';
import { writeJson } from './write-json.ts';

const schema = JSON.parse(readFileSync(new URL('../../../schemas/annual-report.schema.json', import.meta.url), 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

function shuffleKeys<T>(value: T): T {
  if (Array.isArray(value) || value === null || typeof value !== 'object') return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffleKeys(v)])) as T;
}

describe('writeJson', () => {
  const report = loadSampleReport();

  it('writes JSON that the canonical schema accepts', () => {
    for (const r of [report, createBlankReport()]) {
      const valid = validate(JSON.parse(writeJson(r)));
      expect(validate.errors ?? []).toEqual([]);
      expect(valid).toBe(true);
    }
  });

  it('keeps the model order of keys whatever order the input had, with 2-space indent', () => {
    const json = writeJson(shuffleKeys(report));
    expect(json).toBe(writeJson(report));
    expect(Object.keys(JSON.parse(json) as object)).toEqual(['agency', 'year', 'period', 'proactive', 'applications', 'reviews', 'sections']);
    expect(json.startsWith('{\n  "agency": "湘潭县",\n  "year": 2024,\n  "period": {\n    "from"')).toBe(true);
    const outcomes = Object.keys((JSON.parse(json) as AnnualReport).applications.outcomes);
    expect(outcomes).toEqual(['granted', 'partial', 'denied', 'unavailable', 'notProcessed', 'other', 'total']);
  });

  it('gives the figures back unchanged, blanks as null', () => {
    const expected = JSON.parse(readFileSync(sampleFixturePath, 'utf8')) as AnnualReport;
    const written = JSON.parse(writeJson(expected)) as AnnualReport;
    expect(written.applications).toEqual(expected.applications);
    expect(written.proactive.fees.amountWanYuan).toBe('2030.16873');
    expect(JSON.parse(writeJson(createBlankReport())).reviews.reconsideration.total).toBeNull();
  });

  it('drops keys outside the model, such as an expected file’s notes', () => {
    const expected = JSON.parse(readFileSync(sampleFixturePath, 'utf8')) as AnnualReport;
    expect(JSON.parse(writeJson(expected))).not.toHaveProperty('expectedFindings');
  });

  it('leaves out sources unless asked for them', () => {
    const withSources: AnnualReport = {
      ...report,
      format: '2021',
      sources: { 'applications.newReceived.total': { location: { line: 90 }, raw: '178' } },
    };
    expect(JSON.parse(writeJson(withSources))).not.toHaveProperty('sources');
    const parsed = JSON.parse(writeJson(withSources, { withSources: true }));
    expect(parsed.sources).toEqual(withSources.sources);
    expect(Object.keys(parsed).slice(-2)).toEqual(['format', 'sources']);
    expect(validate(parsed)).toBe(true);
  });
});
