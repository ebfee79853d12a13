/**
 * 答复: the outcome (exactly one of the 21 rows of table B), a letter type offered for it
 * (条例 Art. 36–39), the values the letter needs, the delivery date. In ONE transaction the step
 * is checked, the letter composed from the agency's template (or the default) — nothing is written
 * while anything is missing — then the `replied` step is recorded, ending the case, and the DOCX
 * stored with the case, downloadable by the applicant.
 */
import { z } from 'zod';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { assertStepAllowed } from '../../../domain/applications/assert-step-allowed.ts';
import type { CaseEvent } from '../../../domain/applications/case-event.ts';
import { outcomeInfo, outcomeKeys } from '../../../domain/applications/outcome.ts';
import type { DeadlineState } from '../../../domain/deadlines/compute-deadline.ts';
import type { PlaceholderName, ReplyValues } from '../../../domain/replies/placeholders.ts';
import { commonPlaceholders, decisionTypes, placeholdersAllowedIn, replyTypeInfo, replyTypesFor, type DecisionType } from '../../../domain/replies/reply-type.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { checkInput } from '../../input-check.ts';
import { appendCaseStep } from '../record-case-step.ts';
import { agencyOfCase, loadCaseFor } from './case-access.ts';
import type { CaseFileInfo, CaseHandlingDeps } from './case-handling-store.ts';
import { composeCaseLetter, storeLetter } from './case-letters.ts';
import type { StaffActor } from './record-step.ts';
import { dateField, multiLineText, optional, requiredText, stepFieldLabels } from './step-inputs.ts';

/** The values a reply form may fill: every placeholder of a decision letter that the case does not supply itself. */
export const replyValueNames = ['理由', '获取途径', '提供方式', '不予公开内容', '负责机关', '负责机关联系方式', '前次答复日期', '前次答复文号', '查询途径', '受理渠道', '复议机关', '管辖法院'] as const satisfies readonly PlaceholderName[];
type ReplyValueName = (typeof replyValueNames)[number];

const valueFields = Object.fromEntries(
  replyValueNames.map((name) => [name, optional(name === '前次答复日期' ? z.union([z.literal(''), dateField(name)]) : multiLineText(name, 2000))]),
) as unknown as Record<ReplyValueName, z.ZodType<string, unknown>>;

export const replySchema = z.strictObject({
  outcome: z.enum(outcomeKeys, '请选择办理结果。'),
  replyType: z.enum(decisionTypes, '请选择答复文书。'),
  on: dateField('送达日期'),
  letterDate: dateField('落款日期'),
  documentNumber: requiredText('文号', 60),
  note: optional(multiLineText('备注', 1000)),
  ...valueFields,
});

export const replyFieldLabels = { ...stepFieldLabels, outcome: '办理结果', replyType: '答复文书', on: '送达日期', ...Object.fromEntries(replyValueNames.map((n) => [n, n])) };

/** The fields a reply of this type asks the handler for (the rest comes from the case), required first. */
export function replyFieldsOf(type: DecisionType): { name: ReplyValueName; required: boolean }[] {
  const info = replyTypeInfo[type];
  const common = new Set<PlaceholderName>(commonPlaceholders);
  const allowed = [...placeholdersAllowedIn(type)].filter((name): name is ReplyValueName => !common.has(name) && (replyValueNames as readonly string[]).includes(name));
  const required = new Set<PlaceholderName>(info.required);
  return allowed.map((name) => ({ name, required: required.has(name) })).sort((a, b) => Number(b.required) - Number(a.required));
}

export interface RecordedReply {
  event: CaseEvent;
  deadline: DeadlineState | null;
  letter: CaseFileInfo;
}

export async function replyToApplicant(deps: CaseHandlingDeps, request: { actor: StaffActor; applicationId: string; input: unknown }): Promise<Outcome<RecordedReply>> {
  const checked = checkInput(replySchema, request.input ?? {}, replyFieldLabels);
  if (!checked.ok) return fail(checked.issues);
  const input = checked.value;
  const mismatch = findTypeMismatch(input.outcome, input.replyType);
  if (mismatch !== null) return fail([mismatch]);
  const { actor } = request;
  const now = deps.now();
  return deps.transaction(async (store) => {
    const { record, context } = await loadCaseFor(store, actor.principal, 'application.handle', request.applicationId, { lock: true });
    const history = (await store.listEvents(record.id)).map((r) => r.event);
    const event: CaseEvent = { kind: 'replied', on: input.on, outcome: input.outcome, replyType: input.replyType };
    assertStepAllowed(history, event);
    if (input.letterDate > input.on) {
      return fail([{ code: 'letterDate.afterDelivery', path: 'letterDate', message: '落款日期不能晚于送达日期。' }]);
    }
    const values: ReplyValues = Object.fromEntries(replyValueNames.map((name) => [name, input[name]]));
    const letter = await composeCaseLetter(store, {
      record,
      agency: agencyOfCase(context, record),
      type: input.replyType,
      outcome: input.outcome,
      documentNumber: input.documentNumber,
      letterDate: input.letterDate,
      contactName: actor.name,
      values,
    });
    if (!letter.ok) return fail(letter.issues);
    // The case core checks the step again on the locked row, runs the deadline engine and audits it.
    const result = await appendCaseStep(store, record, { actor, event, note: input.note === '' ? null : input.note }, now);
    const file = await storeLetter(store, letter.letter, { record, createdByAccountId: actor.principal.accountId, now });
    return succeed({ event, deadline: result.deadline, letter: file });
  });
}

function findTypeMismatch(outcome: (typeof outcomeKeys)[number], type: DecisionType): Issue | null {
  if (replyTypesFor(outcome).includes(type)) return null;
  const offered = replyTypesFor(outcome);
  const message =
    offered.length === 0
      ? `“${outcomeInfo[outcome].label}”不以答复书办结，请使用“终止办理”。`
      : `“${replyTypeInfo[type].name}”不适用于“${outcomeInfo[outcome].label}”，请选择：${offered.map((t) => replyTypeInfo[t].name).join('、')}。`;
  return { code: 'replyType.mismatch', path: 'replyType', message };
}
