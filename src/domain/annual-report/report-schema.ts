/** The canonical JSON as a zod schema: validates JSON input at the edges and generates schemas/annual-report.schema.json. */
import { z } from 'zod';
import { applicationRows } from './layout.ts';
import { applicantColumns, reviewColumns, reviewGroups, sectionKeys } from './model.ts';

// R5 (not the schema) judges negative or fractional counts, so a report that has them can still be read and checked.
const count = z.number().nullable().describe('a count; blank cells are null; rule R5 requires a whole number ≥ 0');
const applicantRow = z.strictObject(Object.fromEntries(applicantColumns.map((c) => [c, count])));
const reviewGroup = z.strictObject(Object.fromEntries(reviewColumns.map((c) => [c, count])));
const documentCounts = z.strictObject({ issued: count, abolished: count, inForce: count });
const decisions = z.strictObject({ decisions: count });

function nest(keys: readonly string[]): z.ZodType {
  const tree: Record<string, unknown> = {};
  for (const key of keys) {
    const parts = key.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = applicantRow;
  }
  const build = (node: Record<string, unknown>): z.ZodType =>
    z.strictObject(
      Object.fromEntries(
        Object.entries(node).map(([k, v]) => [k, v instanceof z.ZodType ? v : build(v as Record<string, unknown>)]),
      ),
    );
  return build(tree);
}

const sourceLocation = z.strictObject({
  line: z.number().int().positive().optional(),
  page: z.number().int().positive().optional(),
  table: z.number().int().positive().optional(),
  row: z.number().int().positive().optional(),
  cell: z.number().int().positive().optional(),
  path: z.string().optional(),
  quote: z.string().optional(),
});

export const annualReportSchema = z.strictObject({
  agency: z.string().nullable(),
  year: z.number().int().min(1990).max(2100).nullable(),
  period: z.strictObject({ from: z.string().nullable(), to: z.string().nullable() }),
  proactive: z.strictObject({
    regulations: documentCounts,
    normativeDocuments: documentCounts,
    licensing: decisions,
    penalty: decisions,
    enforcement: decisions,
    fees: z.strictObject({ amountWanYuan: z.string().regex(/^-?\d+(\.\d+)?$/).nullable() }),
  }),
  applications: nest(applicationRows.map((r) => r.key)),
  reviews: z.strictObject(Object.fromEntries(reviewGroups.map((g) => [g, reviewGroup]))),
  sections: z.strictObject(Object.fromEntries(sectionKeys.map((k) => [k, z.string().nullable()]))),
  format: z.enum(['2021', '2019']).optional(),
  sources: z
    .record(
      z.string(),
      z.strictObject({
        location: sourceLocation,
        raw: z.string(),
        inferred: z.enum(['split', 'ocr']).optional(),
        parts: z.array(sourceLocation).optional(),
      }),
    )
    .optional(),
});

export function annualReportJsonSchema(): object {
  return {
    $id: 'https://gongkai.example/schemas/annual-report.schema.json',
    title: '政府信息公开工作年度报告 (国办公开办函〔2021〕30号) — Gongkai canonical JSON',
    ...z.toJSONSchema(annualReportSchema, { target: 'draft-2020-12' }),
  };
}
