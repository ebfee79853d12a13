/**
 * The figures a report's narrative states about table items, tied to what they are about: a
 * figure counts only when its own words (the verb and noun of its clause, or the noun the
 * sentence is about) say which table item it is — not because a keyword stands nearby.
 */
import { sectionKeys, type AnnualReport, type SectionKey } from '../model.ts';
import { readApplicationClaim } from './application-claims.ts';
import type { NarrativeClaim } from './claim.ts';
import { readDecisionClaim, readFeeClaim } from './decision-and-fee-claims.ts';
import { readDocumentClaim } from './document-claims.ts';
import { changeWords, lastYearWords, type ClaimDraft, type FigureContext } from './figure-context.ts';
import { findNoneChargedStatements } from './fee-statements.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { readReviewClaims } from './review-claims.ts';
import {
  findAll,
  findClause,
  quoteClause,
  splitClauses,
  splitSentences,
  type Clause,
  type Sentence,
} from './sentences.ts';
import { findLastSubject, findLeadingSubject, findSubjects, type SubjectMention } from './subjects.ts';

/**
 * Every claim of the narrative sections (一 overview, 五 problems, 六 other). With the report's
 * year, figures said of another year ("2023年受理申请20件") are left out.
 */
export function extractNarrativeClaims(
  sections: Partial<AnnualReport['sections']> | undefined,
  year?: number,
): NarrativeClaim[] {
  return sectionKeys.flatMap((key) => {
    const text = sections?.[key];
    return typeof text === 'string' ? extractClaimsFromText(text, key, year) : [];
  });
}

/** The claims of one section's text (paragraphs joined by "\n"). */
export function extractClaimsFromText(
  text: string,
  section: SectionKey,
  year?: number,
): NarrativeClaim[] {
  const claims: NarrativeClaim[] = [];
  for (const sentence of splitSentences(text)) {
    for (const claim of readFigureClaims(sentence, section, year)) claims.push(claim);
    for (const claim of readNoneCharged(sentence, section)) claims.push(claim);
  }
  return claims;
}

/** The units a table item is counted in; figures in others (条, 期, 次 …) are about something else. */
const claimUnits = new Set(['件', '部', '份', '宗', '起', '个', '元', '万元']);

function readFigureClaims(
  sentence: Sentence,
  section: SectionKey,
  year: number | undefined,
): NarrativeClaim[] {
  const quantities = findQuantities(sentence.text);
  if (!quantities.some((q) => claimUnits.has(q.unit))) return [];
  const subjects = findSubjects(sentence.text);
  const clauses = splitClauses(sentence.text);
  const claims: NarrativeClaim[] = [];
  let previousEnd = 0;
  for (const quantity of quantities) {
    const clause = findClause(clauses, quantity.numberStart);
    const leadStart = Math.max(clause.start, previousEnd);
    previousEnd = quantity.end;
    if (!claimUnits.has(quantity.unit)) continue;
    const context = readFigureContext(sentence, subjects, quantity, leadStart, clause.end);
    if (changeWords.test(context.lead) || isAboutAnotherYear(context.lead, year)) continue;
    const quote = quoteClause(sentence, clause, quantity.start);
    for (const draft of readDrafts(context)) {
      // "收取信息处理费0元" is a statement that none was charged, read by readNoneCharged.
      if (draft.topic === 'fees.processing' && quantity.value === 0) continue;
      claims.push(toClaim(draft, quantity, { section, paragraph: sentence.paragraph, quote }));
    }
  }
  return claims;
}

const yearPattern = /(\d{4})年(?!度?(?:结转|遗留|转结))/g;

function isAboutAnotherYear(lead: string, year: number | undefined): boolean {
  if (lastYearWords.test(lead)) return true;
  if (year === undefined) return false;
  return findAll(yearPattern, lead).some(([text]) => Number(text.slice(0, 4)) !== year);
}

function readFigureContext(
  sentence: Sentence,
  subjects: readonly SubjectMention[],
  quantity: Quantity,
  leadStart: number,
  clauseEnd: number,
): FigureContext {
  const lead = sentence.text.slice(leadStart, quantity.start);
  const tail = sentence.text.slice(quantity.end, clauseEnd);
  const own = findLeadingSubject(tail) ?? findLastSubject(subjects, leadStart, quantity.start);
  return {
    lead,
    tail,
    unit: quantity.unit,
    subject: own ?? findLastSubject(subjects, 0, leadStart),
    isSubjectInherited: own === undefined,
    leadSubjects: subjects
      .filter((s) => s.start >= leadStart && s.end <= quantity.start)
      .map((s) => s.subject),
    before: sentence.text.slice(0, quantity.start),
  };
}

function readDrafts(context: FigureContext): ClaimDraft[] {
  const single =
    readApplicationClaim(context) ??
    readDocumentClaim(context) ??
    readDecisionClaim(context) ??
    readFeeClaim(context);
  return single === undefined ? readReviewClaims(context) : [single];
}

function toClaim(
  draft: ClaimDraft,
  quantity: Quantity,
  where: Pick<NarrativeClaim, 'section' | 'paragraph' | 'quote'>,
): NarrativeClaim {
  const { topic, isVague } = draft;
  const { section, paragraph, quote } = where;
  const { value, decimals, approximation } = quantity;
  // Built field by field (spreading was a hot spot of the checker), in the same field order.
  const claim: NarrativeClaim = { topic, isVague, section, paragraph, quote, value, decimals, approximation };
  // Amounts are compared in the table's unit: 行政事业性收费 in 万元, 信息处理费 in 元.
  if (topic === 'fees.administrative' && quantity.unit === '元') {
    claim.value = value / 10_000;
    claim.decimals = decimals + 4;
  } else if (topic === 'fees.processing' && quantity.unit === '万元') {
    claim.value = value * 10_000;
    claim.decimals = Math.max(0, decimals - 4);
  }
  return claim;
}

function readNoneCharged(sentence: Sentence, section: SectionKey): NarrativeClaim[] {
  const statements = findNoneChargedStatements(sentence.text);
  const clauses: Clause[] = statements.length > 0 ? splitClauses(sentence.text) : [];
  return statements.map(({ start }) => {
    const clause = findClause(clauses, start);
    return {
      topic: 'fees.processingNone',
      value: 0,
      approximation: 'exact',
      isVague: false,
      decimals: 0,
      section,
      paragraph: sentence.paragraph,
      quote: quoteClause(sentence, clause, start),
    };
  });
}
