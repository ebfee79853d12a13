/** Figures about 行政复议 and 行政诉讼 cases: totals and results. */
import type { ClaimDraft, FigureContext } from './figure-context.ts';
import type { ReviewKind } from './claim.ts';
import type { Subject } from './subjects.ts';

const reviewKinds: readonly Subject[] = [
  'reconsideration',
  'litigation',
  'litigationDirect',
  'litigationAfterReconsideration',
];
const reviewUnits = new Set(['件', '起', '宗']);
const columns = [
  ['upheld', /(?:结果)?维持/],
  ['corrected', /(?:结果)?纠正/],
  ['pending', /尚未审结|未审结|正在审理|审理中|未结案/],
  ['other', /其他结果|其他/],
] as const;

function isReviewKind(subject: Subject | undefined): subject is ReviewKind {
  return subject !== undefined && reviewKinds.includes(subject);
}

/**
 * The claims a figure makes about reconsideration or litigation cases ("行政复议、行政诉讼各0件"
 * makes two). A sentence that does not say 信息公开 may count every case of the agency, not only
 * disclosure cases: its figures are vague.
 */
export function readReviewClaims(context: FigureContext): ClaimDraft[] {
  if (!reviewUnits.has(context.unit)) return [];
  const isVague = !context.before.includes('信息公开');
  const kinds = [...new Set(context.leadSubjects.filter(isReviewKind))];
  if (kinds.length > 1) {
    return /各|均/.test(context.lead) ? kinds.map((k) => ({ topic: `${k}.total`, isVague })) : [];
  }
  const kind = context.subject;
  if (!isReviewKind(kind)) return [];
  const column = columns.find(([, pattern]) => pattern.test(context.lead))?.[0];
  if (column !== undefined) return [{ topic: `${kind}.${column}`, isVague }];
  // A bare total needs its noun in its own clause: "其中2件" after a 行政复议 clause says nothing clear.
  if (context.isSubjectInherited || /其中|分别/.test(context.lead)) return [];
  return [{ topic: `${kind}.total`, isVague }];
}
