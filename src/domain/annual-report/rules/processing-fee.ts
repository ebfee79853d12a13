/**
 * R9: section 六 says whether 信息处理费 was charged (国办函〔2020〕109号); saying none was while
 * fee notices went unpaid (三（六）2 > 0) deserves a look.
 */
import type { Finding } from '../../findings.ts';
import { describeFigure } from '../layout.ts';
import type { NarrativeClaim } from '../narrative/claim.ts';
import { mentionsFees } from '../narrative/fee-statements.ts';
import { normalizeNarrative } from '../narrative/sentences.ts';
import { formatQuotes, locateClaim } from './narrative-locations.ts';
import { createFinding, withPath, type RuleContext } from './rule-context.ts';

const unpaidFee = 'applications.outcomes.other.unpaidFee.total';

export function checkProcessingFee(context: RuleContext, claims: readonly NarrativeClaim[]): Finding[] {
  const other = context.report.sections?.other;
  if (typeof other !== 'string' || other.trim() === '') {
    const message = '报告缺少第六部分「其他需要报告的事项」，未说明是否收取信息处理费。';
    return [createFinding('R9', 'warning', message, [{ path: 'sections.other' }])];
  }
  if (!mentionsFees(normalizeNarrative(other))) {
    const location = withPath(context.report.sources?.['sections.other']?.location, 'sections.other');
    return [createFinding('R9', 'warning', '第六部分「其他需要报告的事项」未说明是否收取信息处理费。', [location])];
  }
  const none = claims.filter((c) => c.topic === 'fees.processingNone' && c.section === 'other');
  const notices = context.count(unpaidFee);
  if (none.length === 0 || notices <= 0 || !context.isChecked('applications')) return [];
  const message =
    `第六部分称未收取信息处理费（${formatQuotes(none)}），但${describeFigure(unpaidFee)}为 ${notices}：` +
    '本年发出过收费通知，请核实收费情况并在第六部分说明。';
  const locations = [...none.map((c) => locateClaim(context.report, c)), context.locate(unpaidFee)];
  return [createFinding('R9', 'warning', message, locations)];
}
