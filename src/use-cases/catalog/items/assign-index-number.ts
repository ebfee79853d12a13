/**
 * 索引号 for a new item: from the agency's pattern (`catalog_settings.index_pattern`, else the
 * default `{creditCode}/{year}-{seq:5}`) and the agency's sequence, taken under a row lock in the
 * creating transaction — so two drafts created at once get consecutive numbers, and a creation that
 * fails rolls its number back (no gaps). A number staff once entered by hand is skipped.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { InfoItemMetadata } from '../../../domain/catalog/info-item.ts';
import { defaultIndexPattern, findIndexPatternProblems, formatIndexNumber } from '../../../domain/catalog/index-number.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import type { InfoItemStore } from './info-item-store.ts';

/** Far more than hand-entered numbers could ever block in a row. */
const maxAttempts = 1000;

export async function assignIndexNumber(store: InfoItemStore, agency: Agency, metadata: Pick<InfoItemMetadata, 'genreCode' | 'subjectCode'>, now: Date): Promise<string> {
  const stored = await store.findIndexPattern(agency.id);
  // A pattern is checked when it is saved; one that no longer passes must not stop all drafting.
  const pattern = stored !== null && findIndexPatternProblems(stored).length === 0 ? stored : defaultIndexPattern;
  const year = Number(chinaDateOf(now).slice(0, 4));
  // Without {year} in the pattern the numbers run on across years: one sequence, kept under year 0.
  const sequenceYear = pattern.includes('{year}') ? year : 0;
  for (let attempt = 0; attempt < maxAttempts; attempt += 1) {
    const seq = await store.nextIndexSequence(agency.id, sequenceYear);
    const indexNumber = formatIndexNumber(pattern, { creditCode: agency.creditCode, agencyCode: agency.code, year, seq, genreCode: metadata.genreCode, subjectCode: metadata.subjectCode });
    if (!(await store.isIndexNumberTaken(agency.id, indexNumber))) return indexNumber;
  }
  throw new Error(`no free index number for agency ${agency.code} after ${maxAttempts} attempts`);
}
