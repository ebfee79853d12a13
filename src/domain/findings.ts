/**
 * A finding: an expected, user-fixable problem found in a document (a reader could not read
 * something, or a consistency rule is broken). Returned as lists, never thrown.
 */
import type { SourceLocation } from './annual-report/model.ts';

export type Severity = 'error' | 'warning';

export interface Finding {
  /** Stable id: `R1`…`R9` (with a suffix such as `R8.applications`) for consistency rules,
   *  `READ.<what>` for reader findings (e.g. `READ.scanned`, `READ.missingRow`). */
  rule: string;
  severity: Severity;
  /** In Chinese, for the people who read reports. */
  message: string;
  /** Where in the document: the figures or sentences involved. */
  locations: SourceLocation[];
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

/** One line for a location, in Chinese: 第12行 / 第3页 / 表2第4行第5格, and the figure path. */
export function formatLocation(location: SourceLocation): string {
  const parts: string[] = [];
  if (location.page !== undefined) parts.push(`第${location.page}页`);
  if (location.line !== undefined) parts.push(`第${location.line}行`);
  if (location.table !== undefined) {
    let cell = `表${location.table}`;
    if (location.row !== undefined) cell += `第${location.row}行`;
    if (location.cell !== undefined) cell += `第${location.cell}格`;
    parts.push(cell);
  }
  if (location.quote !== undefined) parts.push(`“${location.quote}”`);
  if (location.path !== undefined) parts.push(`(${location.path})`);
  return parts.join(' ');
}

/** Findings grouped by rule, for people: one heading line per rule, one indented line per finding. */
export function formatFindings(findings: readonly Finding[]): string {
  const byRule = new Map<string, Finding[]>();
  for (const finding of findings) {
    const list = byRule.get(finding.rule) ?? [];
    list.push(finding);
    byRule.set(finding.rule, list);
  }
  const lines: string[] = [];
  for (const [rule, list] of [...byRule].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))) {
    lines.push(`  ${rule}（${list.length}）`);
    for (const finding of list) {
      const mark = finding.severity === 'error' ? '错误' : '提示';
      lines.push(`    [${mark}] ${finding.message}`);
      for (const location of finding.locations) lines.push(`      · ${formatLocation(location)}`);
    }
  }
  return lines.join('\n');
}
