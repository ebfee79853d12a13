/** R4: each group of table C (行政复议、行政诉讼) adds up to its total. */
import type { Finding } from '../../findings.ts';
import { reviewColumnLabels, reviewGroupLabels } from '../layout.ts';
import { reviewGroups } from '../model.ts';
import { addUp, difference } from './application-sums.ts';
import { createFinding, type RuleContext } from './rule-context.ts';

const parts = ['upheld', 'corrected', 'other', 'pending'] as const;
const groupPaths = reviewGroups.map((group) => ({
  group,
  partPaths: parts.map((column) => `reviews.${group}.${column}`),
  totalPath: `reviews.${group}.total`,
}));

export function checkReviewTotals(context: RuleContext): Finding[] {
  if (!context.isChecked('reviews')) return [];
  return groupPaths.flatMap(({ group, partPaths, totalPath }) => {
    const sum = addUp(context, partPaths);
    const total = context.count(totalPath);
    if (sum === total) return [];
    const terms = parts
      .map((column, i) => `${reviewColumnLabels[column]} ${context.count(partPaths[i]!)}`)
      .join(' + ');
    const message =
      `表四「${reviewGroupLabels[group]}」：${terms} = ${sum}，但总计为 ${total}，相差 ${difference(sum, total)}。`;
    return [createFinding('R4', 'error', message, [...partPaths, totalPath].map(context.locate))];
  });
}
