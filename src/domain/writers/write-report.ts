/** Writes a report in any of the output formats: text formats as a string, DOCX and XLSX as bytes. */
import type { AnnualReport } from '../annual-report/model.ts';
import { writeCsv } from './write-csv.ts';
import { writeDocx } from './write-docx.ts';
import { writeHtml } from './write-html.ts';
import { writeJson } from './write-json.ts';
import { writeText } from './write-text.ts';
import { writeXlsx } from './write-xlsx.ts';

export const outputFormats = ['json', 'html', 'docx', 'xlsx', 'csv', 'text'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** The file extension and media type of each output format, for files and HTTP responses. */
export const outputFormatFiles: Record<OutputFormat, { extension: string; mediaType: string }> = {
  json: { extension: 'json', mediaType: 'application/json; charset=utf-8' },
  html: { extension: 'html', mediaType: 'text/html; charset=utf-8' },
  docx: { extension: 'docx', mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  xlsx: { extension: 'xlsx', mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  csv: { extension: 'csv', mediaType: 'text/csv; charset=utf-8' },
  text: { extension: 'txt', mediaType: 'text/plain; charset=utf-8' },
};

export async function writeReport(report: AnnualReport, format: OutputFormat): Promise<Uint8Array | string> {
  switch (format) {
    case 'json':
      return writeJson(report);
    case 'html':
      return writeHtml(report);
    case 'docx':
      return writeDocx(report);
    case 'xlsx':
      return writeXlsx(report);
    case 'csv':
      return writeCsv(report);
    case 'text':
      return writeText(report);
  }
}
