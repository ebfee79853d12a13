/** What every reader returns, and the token stream that format readers hand to the interpreter. */
import type { AnnualReport, SourceLocation } from '../annual-report/model.ts';
import type { Finding } from '../findings.ts';

export interface ReadResult {
  /** Every figure the reader could read, with `report.sources` giving where each came from. */
  report: AnnualReport;
  /** What could not be read, or was read with doubt (reader findings, `READ.*`). */
  findings: Finding[];
  /** Paths of the cells whose value the source does not determine (e.g. a run of digits with several valid splits). */
  ambiguous: string[];
  /** For each ambiguous path, the values it could take. */
  candidates: Record<string, number[]>;
}

/**
 * One piece of text in reading order: a line of a text page, a table cell of HTML/DOCX, a text
 * run of a PDF. Format readers produce tokens; one interpreter turns any token stream into a report.
 */
export interface Token {
  /** The text, trimmed of surrounding white space ('' for an empty cell). */
  text: string;
  location: SourceLocation;
  /** The source marks this token as a table cell (HTML/DOCX `<td>`, a tab-indented line of a text page). */
  cell?: boolean;
  /** The source marks the end of a table row after this token (HTML/DOCX `</tr>`, a blank line in a text page). */
  endsRow?: boolean;
  /** Horizontal position of the token's left edge (PDF), to place cells in columns. */
  x?: number;
  /** Width of the token (PDF). */
  width?: number;
}

export type SourceKind = 'text' | 'html' | 'docx' | 'pdf' | 'json';
