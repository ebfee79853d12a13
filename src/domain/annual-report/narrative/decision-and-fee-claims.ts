/** Figures about table A's decisions (行政许可/处罚/强制) and fees (行政事业性收费, 信息处理费). */
import type { ClaimDraft, FigureContext } from './figure-context.ts';

const decisionUnits = new Set(['件', '宗', '起', '个']);

/** 作出行政许可决定21650件; 行政处罚案件2656件 is a weaker statement of the same figure. */
export function readDecisionClaim(context: FigureContext): ClaimDraft | undefined {
  const kind = context.subject;
  if (kind !== 'licensing' && kind !== 'penalty' && kind !== 'enforcement') return undefined;
  if (context.isSubjectInherited || !decisionUnits.has(context.unit)) return undefined;
  const isDecision = /决定|作出|做出/.test(context.lead + context.tail);
  return { topic: `${kind}.decisions`, isVague: !isDecision };
}

const moneyUnits = new Set(['元', '万元']);

/** 行政事业性收费2030.16873万元; 收取信息处理费3940元. The caller converts the unit. */
export function readFeeClaim(context: FigureContext): ClaimDraft | undefined {
  if (!moneyUnits.has(context.unit) || context.isSubjectInherited) return undefined;
  if (context.subject === 'administrativeFees') return { topic: 'fees.administrative', isVague: false };
  if (context.subject !== 'processingFee' || /未|没有|不|免/.test(context.lead)) return undefined;
  return { topic: 'fees.processing', isVague: false };
}
