/** Regenerates schemas/annual-report.schema.json from the zod schema (a test checks it is current). */
import { writeFileSync } from 'node:fs';
import { annualReportJsonSchema } from '../src/domain/annual-report/report-schema.ts';

writeFileSync('schemas/annual-report.schema.json', `${JSON.stringify(annualReportJsonSchema(), null, 2)}\n`);
