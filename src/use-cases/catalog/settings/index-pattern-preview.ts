/**
 * The checks and the preview of an agency's catalogue settings: the 索引号 pattern (the domain's own
 * checks, plus what only shows with the sequence: without `{year}` the numbers of a new year repeat
 * last year's) and the interpretation period. The preview is the next number the agency would give.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { findIndexNumberProblems, findIndexPatternProblems, formatIndexNumber, type IndexNumberValues } from '../../../domain/catalog/index-number.ts';

export const interpretationDueLimits = { min: 1, max: 30 } as const;

/** Codes a pattern with {genre} or {subject} is previewed with (通知 under 政务公开). */
export const previewClassification = { genreCode: 'G0301', subjectCode: 'S0203' } as const;

export interface IndexPreview {
  indexNumber: string;
  year: number;
  seq: number;
  /** The pattern uses {genre} or {subject}: the preview shows them with example codes. */
  usesClassification: boolean;
}

export interface PreviewAgency {
  code: string;
  creditCode: string | null;
}

export function findPatternProblems(pattern: string, agency: PreviewAgency): Issue[] {
  const problems: Issue[] = findIndexPatternProblems(pattern);
  if (problems.length > 0) return problems;
  if (!pattern.includes('{year}')) {
    return [{ code: 'catalog.invalidIndexPattern', path: 'indexPattern', message: '索引号规则中须包含年份 {year}：顺序号每年从 1 重新编号，没有年份的索引号会与往年的重复。' }];
  }
  // The longest number the pattern gives (the sequence at its widest) must still be a valid 索引号.
  const widest = formatIndexNumber(pattern, valuesFor(agency, 9999, 99_999_999));
  return findIndexNumberProblems(widest).map((problem) => ({
    code: 'catalog.invalidIndexPattern',
    path: 'indexPattern',
    message: `按此规则生成的索引号不符合要求：${problem.message}`,
  }));
}

/** The next 索引号 of the year under the pattern (which must have no problems). */
export function previewNextIndexNumber(pattern: string, agency: PreviewAgency, year: number, lastSequence: number): IndexPreview {
  const seq = lastSequence + 1;
  return {
    indexNumber: formatIndexNumber(pattern, valuesFor(agency, year, seq)),
    year,
    seq,
    usesClassification: pattern.includes('{genre}') || pattern.includes('{subject}'),
  };
}

function valuesFor(agency: PreviewAgency, year: number, seq: number): IndexNumberValues {
  return { creditCode: agency.creditCode, agencyCode: agency.code, year, seq, ...previewClassification };
}
