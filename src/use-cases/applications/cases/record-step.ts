/**
 * One step of the case page (确认收到, 补正告知, 征求意见, 延期, 收费, 转送, 终止办理), in ONE
 * transaction: the form is checked, the case loaded and authorized on its agency, the step turned
 * into its event and checked against the history (the step rules and the deadline engine refuse
 * with Chinese messages), the letter composed — and only then is anything written: the event
 * (through the case core, which audits it), the letter, and for a transfer the move.
 */
import type { Action } from '../../../domain/access/access-table.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { assertStepAllowed } from '../../../domain/applications/assert-step-allowed.ts';
import type { CaseEvent, IsoDate } from '../../../domain/applications/case-event.ts';
import { caseStateOf } from '../../../domain/applications/case-state.ts';
import { closingEventFor, closingOutcomeFor } from '../../../domain/applications/next-steps.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { DomainError } from '../../../domain/errors.ts';
import type { DeadlineState } from '../../../domain/deadlines/compute-deadline.ts';
import { consultationAnswerDueOn } from '../../../domain/deadlines/statutory-periods.ts';
import { formatYuan } from '../../../domain/replies/letter-text.ts';
import type { ReplyValues } from '../../../domain/replies/placeholders.ts';
import { noticeTypeOfClosing, type NoticeType } from '../../../domain/replies/reply-type.ts';
import { fail, succeed, type Outcome } from '../../administration-store.ts';
import { checkInput } from '../../input-check.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { CaseActor } from '../case-store.ts';
import { chinaDateOf } from '../china-date.ts';
import { loadWorkingDayCalendar } from '../load-calendar.ts';
import { appendCaseStep } from '../record-case-step.ts';
import { summarizeCase } from '../summarize-case.ts';
import { agencyOfCase, loadCaseFor } from './case-access.ts';
import type { CaseFileInfo, CaseHandlingDeps, CaseHandlingStore } from './case-handling-store.ts';
import { composeCaseLetter, storeLetter, type LetterRequest } from './case-letters.ts';
import { buildFeeNotice } from './fee-notice.ts';
import { stepFieldLabels, stepSchemas, type StepInput, type StepName } from './step-inputs.ts';
import type { StepContext, BuiltStep } from './step-context.ts';

export type StaffActor = Extract<CaseActor, { kind: 'staff' }>;

export interface RecordStepRequest {
  actor: StaffActor;
  applicationId: string;
  step: StepName;
  input: unknown;
}

export interface RecordedStep {
  event: CaseEvent;
  /** Null while the calendar lacks a year the count needs. */
  deadline: DeadlineState | null;
  /** The letter generated with the step, if any. */
  letter: CaseFileInfo | null;
}

/** A step the 条例 does not allow yet (e.g. closing for no correction before the correction deadline). */
export class StepTimingError extends DomainError {}

/** The reviewer approves an extension (Art. 33: the office head's consent); every other step is the handler's. */
export function actionOfStep(step: StepName): Action {
  return step === 'extension' ? 'application.review' : 'application.handle';
}

export async function recordStep(deps: CaseHandlingDeps, request: RecordStepRequest): Promise<Outcome<RecordedStep>> {
  const checked = checkInput(stepSchemas[request.step], request.input ?? {}, stepFieldLabels);
  if (!checked.ok) return fail(checked.issues);
  const now = deps.now();
  const { actor } = request;
  return deps.transaction(async (store) => {
    const { record, context } = await loadCaseFor(store, actor.principal, actionOfStep(request.step), request.applicationId, { lock: true });
    const history = (await store.listEvents(record.id)).map((r) => r.event);
    const calendar = await loadWorkingDayCalendar(store);
    const step: StepContext = { store, record, agency: agencyOfCase(context, record), context, history, calendar, actor, today: chinaDateOf(now) };
    const built = await buildStep(request.step, checked.value, step);
    if (!built.ok) return fail(built.issues);
    // The rules first: a step that may not happen is refused as such, whatever its letter lacks.
    assertStepAllowed(history, built.event);
    built.check?.();
    if (built.formIssues !== undefined && built.formIssues.length > 0) return fail(built.formIssues);
    const summary = summarizeCase([...history, built.event], calendar, step.today);
    if (built.event.kind === 'extensionApproved' && summary.deadline === null) {
      return fail([{ code: 'on.calendarGap', path: 'on', message: `${summary.calendarGap ?? ''}无法计算延长后的答复期限。` }]);
    }
    const letter = built.letter === undefined ? null : await composeCaseLetter(store, built.letter(summary.deadline));
    if (letter !== null && !letter.ok) return fail(letter.issues);
    const result = await appendCaseStep(store, record, { actor, event: built.event, note: built.note }, now);
    const file = letter === null ? null : await storeLetter(store, letter.letter, { record, createdByAccountId: actor.principal.accountId, now });
    if (built.event.kind === 'transferred') await moveCase(store, step, built.event, now);
    return succeed({ event: built.event, deadline: result.deadline, letter: file });
  });
}

async function buildStep(name: StepName, input: unknown, step: StepContext): Promise<BuiltStep> {
  switch (name) {
    case 'receipt':
      return simple({ kind: 'received', on: value<'receipt'>(input).on }, input);
    case 'correction':
      return buildCorrection(value<'correction'>(input), step);
    case 'correctionReceived':
      return simple({ kind: 'correctionReceived', on: value<'correctionReceived'>(input).on }, input);
    case 'close':
      return buildClosing(value<'close'>(input), step);
    case 'thirdParty':
      return buildThirdPartyConsultation(value<'thirdParty'>(input), step);
    case 'thirdPartyAnswer': {
      const { on, consultationId, opinion } = value<'thirdPartyAnswer'>(input);
      return simple({ kind: 'thirdPartyConsultationEnded', on, consultationId, opinion }, input);
    }
    case 'agencyConsultation': {
      const { on, agencyName } = value<'agencyConsultation'>(input);
      return simple({ kind: 'agencyConsultationStarted', on, agencyName, consultationId: nextConsultationId(step, 'AC') }, input);
    }
    case 'agencyConsultationAnswer': {
      const { on, consultationId, opinion } = value<'agencyConsultationAnswer'>(input);
      return simple({ kind: 'agencyConsultationEnded', on, consultationId, opinion }, input);
    }
    case 'extension':
      return buildExtension(value<'extension'>(input), step);
    case 'feeNotice':
      return buildFeeNotice(value<'feeNotice'>(input), step);
    case 'feePaid': {
      const amountYuan = caseStateOf(step.history).feeAmountYuan ?? 0;
      return simple({ kind: 'feePaid', on: value<'feePaid'>(input).on, amountYuan }, input);
    }
    case 'transfer':
      return buildTransfer(value<'transfer'>(input), step);
  }
}

function value<Name extends StepName>(input: unknown): StepInput<Name> {
  return input as StepInput<Name>;
}

function noteOf(input: unknown): string | null {
  const note = (input as { note?: string }).note ?? '';
  return note === '' ? null : note;
}

function simple(event: CaseEvent, input: unknown): BuiltStep {
  return { ok: true, event, note: noteOf(input) };
}

function letterRequest(step: StepContext, fields: { documentNumber: string; letterDate: IsoDate }, rest: Pick<LetterRequest, 'type' | 'values'>): LetterRequest {
  return { record: step.record, agency: step.agency, contactName: step.actor.name, documentNumber: fields.documentNumber, letterDate: fields.letterDate, ...rest };
}

function buildCorrection(input: StepInput<'correction'>, step: StepContext): BuiltStep {
  const event: CaseEvent = { kind: 'correctionRequested', on: input.on, correctBy: input.correctBy, items: input.items };
  const letter = () => letterRequest(step, input, { type: 'correction', values: { 补正事项: input.items, 补正期限: input.correctBy } });
  return { ok: true, event, note: noteOf(input), letter };
}

function buildExtension(input: StepInput<'extension'>, step: StepContext): BuiltStep {
  const event: CaseEvent = { kind: 'extensionApproved', on: input.on, workingDays: input.workingDays, approvedBy: step.actor.name, reason: input.reason };
  const letter = (deadline: DeadlineState | null) =>
    letterRequest(step, input, {
      type: 'extension',
      values: { 延长理由: input.reason, 延长天数: String(input.workingDays), ...(deadline?.dueOn == null ? {} : { 延长后期限: deadline.dueOn }) },
    });
  return { ok: true, event, note: noteOf(input), letter };
}

/** The 征求意见书 (Art. 32): the third party answers within 15 working days of the day it receives it (`on`). */
function buildThirdPartyConsultation(input: StepInput<'thirdParty'>, step: StepContext): BuiltStep {
  const event: CaseEvent = { kind: 'thirdPartyConsultationStarted', on: input.on, party: input.party, consultationId: nextConsultationId(step, 'TP') };
  const letter = () =>
    letterRequest(step, input, {
      type: 'thirdPartyConsultation',
      values: { 第三方: input.party, 涉及信息: input.information, 意见期限: consultationAnswerDueOn(step.calendar, input.on) },
    });
  return { ok: true, event, note: noteOf(input), letter };
}

/**
 * 补正期满未补正 and 逾期未缴费 end the case only once the period given has run out, and with a
 * 不再处理告知书 to the applicant; a withdrawal ends it with no letter.
 */
function buildClosing(input: StepInput<'close'>, step: StepContext): BuiltStep {
  const event = closingEventFor(input.reason, input.on);
  const check = () => {
    const state = caseStateOf(step.history);
    if (input.reason === 'correctionDeadlinePassed' && state.correction === 'requested') {
      const notice = step.history.findLast((e) => e.kind === 'correctionRequested');
      if (notice?.kind === 'correctionRequested' && input.on <= notice.correctBy) {
        throw new StepTimingError('application.correctionPeriodRunning', `补正期限至${formatChineseDate(notice.correctBy, true)}，尚未届满，不能以逾期不补正终止办理。`);
      }
    }
    if (input.reason === 'feeUnpaid' && state.fee === 'noticed') {
      const notice = step.history.findLast((e) => e.kind === 'feeNoticeSent');
      if (notice?.kind === 'feeNoticeSent' && input.on <= notice.payBy) {
        throw new StepTimingError('application.paymentPeriodRunning', `缴费期限至${formatChineseDate(notice.payBy, true)}，尚未届满，不能以逾期未缴费终止办理。`);
      }
    }
  };
  const type = noticeTypeOfClosing[closingOutcomeFor(input.reason)];
  if (type === undefined) return { ok: true, event, note: noteOf(input), check };
  const letterDate = input.letterDate as IsoDate;
  const letter = () =>
    letterRequest(step, { documentNumber: input.documentNumber, letterDate }, { type, values: { 复议机关: input.复议机关, 管辖法院: input.管辖法院, ...periodValues(type, step.history) } });
  return { ok: true, event, note: noteOf(input), check, formIssues: missingLetterFields(input), letter };
}

/** The period that ran out, as the 不再处理告知书 recalls it. */
function periodValues(type: NoticeType, history: readonly CaseEvent[]): ReplyValues {
  if (type === 'noCorrection') {
    const notice = history.findLast((e) => e.kind === 'correctionRequested');
    return notice?.kind === 'correctionRequested' ? { 补正期限: notice.correctBy } : {};
  }
  if (type === 'unpaidFee') {
    const notice = history.findLast((e) => e.kind === 'feeNoticeSent');
    return notice?.kind === 'feeNoticeSent' ? { 收费金额: formatYuan(notice.amountYuan), 缴费期限: notice.payBy } : {};
  }
  return {};
}

function missingLetterFields(input: StepInput<'close'>): Issue[] {
  const fields = [
    ['documentNumber', '文号'],
    ['letterDate', '落款日期'],
    ['复议机关', '复议机关'],
    ['管辖法院', '管辖法院'],
  ] as const;
  return fields
    .filter(([name]) => input[name] === '')
    .map(([name, label]) => ({ code: `${name}.required`, path: name, message: `请填写${label}：逾期不补正、逾期未缴费终止办理的，须向申请人发出不再处理告知书。` }));
}

function buildTransfer(input: StepInput<'transfer'>, step: StepContext): BuiltStep {
  const target = step.context.byCode.get(input.toAgencyCode);
  if (target === undefined) return { ok: false, issues: [{ code: 'toAgencyCode.unknown', path: 'toAgencyCode', message: '请选择要转送的机关。' }] };
  if (target.id === step.record.agencyId) {
    return { ok: false, issues: [{ code: 'toAgencyCode.same', path: 'toAgencyCode', message: '不能转送给本机关，请选择掌握该信息的其他机关。' }] };
  }
  return { ok: true, event: { kind: 'transferred', on: input.on, toAgencyId: target.id, toAgencyName: target.name, reason: input.reason }, note: noteOf(input) };
}

/** TP-1, TP-2 … (AC-… for agencies): ids are never reused within a case. */
function nextConsultationId(step: StepContext, prefix: 'TP' | 'AC'): string {
  const used = caseStateOf(step.history).consultationIds;
  let n = used.size + 1;
  while (used.has(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

/** The case now belongs to the agency it was sent to, unassigned; that agency's audit trail says so too. */
async function moveCase(store: CaseHandlingStore, step: StepContext, event: Extract<CaseEvent, { kind: 'transferred' }>, now: Date): Promise<void> {
  const summary = summarizeCase([...step.history, event], step.calendar, step.today);
  const { deadline: _deadline, ...derived } = summary;
  await store.updateDerived(step.record.id, { ...derived, agencyId: event.toAgencyId }, now);
  await store.setHandler(step.record.id, null, now);
  await recordAuditEntry(
    { append: (entry) => store.appendAudit(entry) },
    {
      actor: { accountId: step.actor.principal.accountId, name: step.actor.name },
      action: 'application.transfer',
      target: { type: 'application', id: step.record.id },
      agencyId: event.toAgencyId,
      ip: step.actor.ip,
      details: { trackingNumber: step.record.trackingNumber, fromAgencyId: step.record.agencyId, fromAgencyName: step.agency.name, toAgencyName: event.toAgencyName, reason: event.reason },
    },
    now,
  );
}
