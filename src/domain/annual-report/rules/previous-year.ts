/** R7: this year's report continues last year's — carried-over applications and documents in force. */
import type { Finding } from '../../findings.ts';
import { applicantColumnLabels, describeFigure } from '../layout.ts';
import { applicantColumns, type AnnualReport } from '../model.ts';
import { createRuleContext, createFinding, type RuleContext } from './rule-context.ts';

export function checkPreviousYear(context: RuleContext, previous: AnnualReport | undefined): Finding[] {
  if (typeof previous !== 'object' || previous === null) return [];
  const before = createRuleContext(previous);
  const { report } = context;
  const findings: Finding[] = [];
  const agency = normalizeAgency(report.agency);
  const previousAgency = normalizeAgency(previous.agency);
  if (agency !== undefined && previousAgency !== undefined && agency !== previousAgency) {
    const message = `上年报告的机关「${previous.agency}」与本报告「${report.agency}」不同，仍按上年报告核对。`;
    findings.push(createFinding('R7', 'warning', message, [context.locate('agency')]));
  }
  const isYearBefore = typeof report.year === 'number' && previous.year === report.year - 1;
  if (!isYearBefore) {
    const message =
      `上年报告的年度（${previous.year ?? '未知'}）不是本报告年度（${report.year ?? '未知'}）的前一年，未做跨年度核对。`;
    return [...findings, createFinding('R7', 'warning', message, [context.locate('year')])];
  }
  return [...findings, ...checkCarriedOver(context, before), ...checkInForce(context, before)];
}

function normalizeAgency(name: string | null | undefined): string | undefined {
  const normal = name?.replace(/\s+/g, '');
  return normal === undefined || normal === '' ? undefined : normal;
}

function checkCarriedOver(context: RuleContext, before: RuleContext): Finding[] {
  if (!context.isChecked('applications') || !before.isChecked('applications')) return [];
  return applicantColumns.flatMap((column) => {
    const path = `applications.carriedOver.${column}`;
    const carriedOver = context.count(path);
    const carriedForward = before.count(`applications.carriedForward.${column}`);
    if (carriedOver === carriedForward) return [];
    const message =
      `${describeFigure(path)}为 ${carriedOver}，但上年报告「四、结转下年度继续办理」` +
      `「${applicantColumnLabels[column]}」列为 ${carriedForward}，` +
      `相差 ${Math.abs(carriedOver - carriedForward)}。`;
    return [createFinding('R7.carriedOver', 'warning', message, [context.locate(path)])];
  });
}

function checkInForce(context: RuleContext, before: RuleContext): Finding[] {
  if (!context.isChecked('proactive') || !before.isChecked('proactive')) return [];
  return (['regulations', 'normativeDocuments'] as const).flatMap((kind) => {
    const issued = `proactive.${kind}.issued`;
    const abolished = `proactive.${kind}.abolished`;
    const inForce = `proactive.${kind}.inForce`;
    const lastYear = before.count(inForce);
    const expected = lastYear + context.count(issued) - context.count(abolished);
    if (expected === context.count(inForce)) return [];
    const message =
      `${describeFigure(inForce)}为 ${context.count(inForce)}，但上年现行有效 ${lastYear} + 本年制发 ` +
      `${context.count(issued)} − 本年废止 ${context.count(abolished)} = ${expected}，相差 ` +
      `${Math.abs(expected - context.count(inForce))}（文件也可能因清理、重新分类而变化，请核实）。`;
    const locations = [inForce, issued, abolished].map(context.locate);
    return [createFinding('R7.inForce', 'warning', message, locations)];
  });
}
