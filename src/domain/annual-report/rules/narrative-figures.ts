/**
 * R8: figures the narrative states about table items equal the tables. An unambiguous statement
 * that matches no accepted reading is an error; a vague one (约/余/近, a weak verb) a warning.
 */
import type { Finding } from '../../findings.ts';
import type { NarrativeClaim } from '../narrative/claim.ts';
import { formatQuotes, locateClaim } from './narrative-locations.ts';
import { describeReading, findExpectation, type Expectation } from './narrative-expectations.ts';
import { createFinding, type RuleContext } from './rule-context.ts';

interface Mismatch {
  claim: NarrativeClaim;
  expectation: Expectation;
}

export function checkNarrativeFigures(
  context: RuleContext,
  claims: readonly NarrativeClaim[],
): Finding[] {
  const groups = new Map<string, Mismatch[]>();
  for (const claim of claims) {
    const expectation = findExpectation(claim, context);
    if (expectation === undefined || !context.isChecked(expectation.table)) continue;
    const stated = statedValues(claim, claims);
    if (expectation.readings.some((r) => stated.some((v) => isConsistent(claim, v, r.value)))) continue;
    const key = `${expectation.rule}|${expectation.family}|${claim.value}`;
    groups.set(key, [...(groups.get(key) ?? []), { claim, expectation }]);
  }
  return [...groups.values()].map((group) => reportMismatch(context, group));
}

/** 废止4件 next to 失效31件 may be read as 35 abolished: the tables often count both as 废止. */
function statedValues(claim: NarrativeClaim, claims: readonly NarrativeClaim[]): number[] {
  const [kind, field] = claim.topic.split('.');
  if (field !== 'abolished') return [claim.value];
  const expired = claims.filter(
    (c) => c.topic === `${kind}.expired` && c.section === claim.section && c.paragraph === claim.paragraph,
  );
  if (expired.length === 0) return [claim.value];
  return [claim.value, claim.value + expired.reduce((s, c) => s + c.value, 0)];
}

function isConsistent(claim: NarrativeClaim, stated: number, table: number): boolean {
  switch (claim.approximation) {
    case 'about':
      return Math.abs(table - stated) <= Math.max(1, stated * 0.1);
    case 'atLeast':
      return table >= stated && table <= stated * 2 + 10;
    case 'atMost':
      return table <= stated && table >= stated / 2;
    default: {
      // An amount may be rounded in the text: 2030.17万元 for 2030.16873.
      const isAmount = claim.decimals > 0 || claim.topic.startsWith('fees.');
      const tolerance = isAmount ? 0.5 * 10 ** -claim.decimals : 0;
      return Math.abs(table - stated) <= tolerance + 1e-9;
    }
  }
}

function isUnambiguous(claim: NarrativeClaim): boolean {
  return !claim.isVague && claim.approximation === 'exact';
}

function reportMismatch(context: RuleContext, group: readonly Mismatch[]): Finding {
  const first = group[0]!;
  const { expectation, claim } = first;
  const severity = group.some((m) => isUnambiguous(m.claim)) ? 'error' : 'warning';
  const readings = [...new Set(group.flatMap((m) => m.expectation.readings.map(describeReading)))];
  const paths = [...new Set(group.flatMap((m) => m.expectation.paths))];
  const approximate = claim.approximation === 'exact' ? '' : '（约数）';
  const verdict = severity === 'error' ? (readings.length > 1 ? '均不相符' : '不相符') : '可能不相符，请核实';
  const message =
    `正文称${expectation.label} ${claim.value} ${expectation.unit}${approximate}` +
    `（${formatQuotes(group.map((m) => m.claim))}），但${readings.join('；')}，${verdict}。`;
  const locations = [
    ...group.map((m) => locateClaim(context.report, m.claim)),
    ...paths.map(context.locate),
  ];
  return createFinding(expectation.rule, severity, message, locations);
}

/** R8.fees: the narrative says both that 信息处理费 was charged and that none was. */
export function checkProcessingFeeStatements(
  context: RuleContext,
  claims: readonly NarrativeClaim[],
): Finding[] {
  const charged = claims.filter((c) => c.topic === 'fees.processing' && c.value > 0);
  const none = claims.filter((c) => c.topic === 'fees.processingNone');
  if (charged.length === 0 || none.length === 0) return [];
  const message =
    `正文关于信息处理费的说法前后矛盾：既称收取了信息处理费（${formatQuotes(charged)}），` +
    `又称未收取（${formatQuotes(none)}）。`;
  const locations = [...charged, ...none].map((c) => locateClaim(context.report, c));
  return [createFinding('R8.fees', 'warning', message, locations)];
}
