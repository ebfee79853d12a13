/** Where a narrative claim stands: its section, paragraph location and quote. */
import type { AnnualReport, SourceLocation } from '../model.ts';
import type { NarrativeClaim } from '../narrative/claim.ts';
import { withPath } from './rule-context.ts';

export function locateClaim(
  report: AnnualReport,
  claim: Pick<NarrativeClaim, 'section' | 'paragraph' | 'quote'>,
): SourceLocation {
  const path = `sections.${claim.section}`;
  return withPath(report.sources?.[path]?.parts?.[claim.paragraph], path, claim.quote);
}

/** The quotes of several claims, for a message: “…”、“…”. */
export function formatQuotes(claims: readonly Pick<NarrativeClaim, 'quote'>[]): string {
  return [...new Set(claims.map((c) => c.quote))].map((q) => `“${q}”`).join('、');
}
