/** The words around a stated figure that tell what it is about, and the draft claims read from them. */
import type { ClaimTopic } from './claim.ts';
import type { Subject } from './subjects.ts';

export interface FigureContext {
  /** The clause's text before the figure (from the previous figure of the same clause, if any). */
  lead: string;
  /** The clause's text after the figure. */
  tail: string;
  unit: string;
  /** What the figure is about: named right after it, in its lead, or earlier in the sentence. */
  subject: Subject | undefined;
  /** The subject was named earlier in the sentence, not in the figure's own clause. */
  isSubjectInherited: boolean;
  /** Every subject named in the lead, in order. */
  leadSubjects: readonly Subject[];
  /** The sentence up to the figure. */
  before: string;
}

export interface ClaimDraft {
  topic: ClaimTopic;
  isVague: boolean;
}

/** Words that make a figure a change (较上年增长了28件), not a count. */
export const changeWords = /增长|增加|减少|下降|上升|提高|降低|同比|环比|持平|较上年|比上年|相比/;

/** A figure of last year ("上年受理申请20件"), except last year's applications carried over into this one. */
export const lastYearWords = /(?:上一?年度?|去年|前年)(?!度?(?:结转|遗留|转结))/;

/**
 * What may stand between a keyword and its figure without changing what the figure counts:
 * "受理 政府信息公开 申请 共 35件", "受理 量 达 178件".
 */
export const filler =
  '(?:的|了|共|共计|合计|累计|总计|计|为|达|达到|是|有|各类|各项|政府信息公开|依申请公开|信息公开|申请|事项|数量|量|总量|总数|件数|案件|已|均|全部)*';

/** A keyword pattern that must end the lead, up to filler words. */
export function endsWith(keywords: string): RegExp {
  return new RegExp(`(?:${keywords})${filler}$`);
}
