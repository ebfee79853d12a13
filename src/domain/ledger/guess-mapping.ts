/**
 * The first guess of the column mapping from a ledger's header row. Exact header names win over
 * headers that merely contain a known name (申请人类型 contains 申请人), and each column serves at
 * most one field; the person confirms or changes every choice.
 */
import { emptyMapping, ledgerFieldInfo, ledgerFields, type ColumnMapping, type LedgerField } from './ledger-fields.ts';

/** 申请人 (必填)： → 申请人: spaces, marks, bracketed notes and punctuation go. */
export function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[\s*＊:：、,，.。·\-_/\\|"'“”‘’]/g, '');
}

export function guessColumnMapping(headers: readonly string[]): ColumnMapping {
  const candidates: { field: LedgerField; column: number; score: number }[] = [];
  const normalized = headers.map(normalizeHeader);
  for (const field of ledgerFields) {
    normalized.forEach((header, column) => {
      const score = scoreHeader(field, header);
      if (score > 0) candidates.push({ field, column, score });
    });
  }
  candidates.sort((a, b) => b.score - a.score || a.column - b.column);
  const mapping = emptyMapping();
  const usedColumns = new Set<number>();
  for (const { field, column } of candidates) {
    if (mapping[field] !== null || usedColumns.has(column)) continue;
    mapping[field] = column;
    usedColumns.add(column);
  }
  return mapping;
}

function scoreHeader(field: LedgerField, header: string): number {
  if (header === '') return 0;
  const aliases = ledgerFieldInfo[field].headers;
  const exact = aliases.findIndex((alias) => alias === header);
  if (exact !== -1) return 200 - exact;
  // Longer contained names are more telling: 身份证号码 inside 申请人身份证号码.
  const contained = aliases.filter((alias) => header.includes(alias));
  if (contained.length === 0) return 0;
  return 100 + Math.max(...contained.map((alias) => alias.length));
}
