/**
 * The 收费通知 (国办函〔2020〕109号): the fee by the method chosen — 按件 counts the same applicant's
 * applications to this agency in the calendar month of this one (matched by ID number or credit
 * code), 按量 the pages — the payment deadline (20 working days from the day after the applicant
 * received the notice), and the 收费通知书.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { Applicant } from '../../../domain/applications/applicant.ts';
import { feeMethodLabels, type FeeCalculation } from '../../../domain/fees/fee-calculation.ts';
import { countApplicationsThisMonthBefore, feeFor } from '../../../domain/fees/fee-for.ts';
import { feePaymentDueOn } from '../../../domain/deadlines/statutory-periods.ts';
import { formatYuan } from '../../../domain/replies/letter-text.ts';
import type { ApplicationRecord, CaseHandlingStore } from './case-handling-store.ts';
import type { StepInput } from './step-inputs.ts';
import type { BuiltStep, StepContext } from './step-context.ts';

/** How the same applicant is recognised in the register. */
export function applicantKeyOf(applicant: Applicant): { kind: 'idNumber' | 'creditCode'; value: string } {
  return applicant.kind === 'naturalPerson' ? { kind: 'idNumber', value: applicant.idNumber.trim() } : { kind: 'creditCode', value: applicant.creditCode.trim() };
}

export interface FeeHistoryView {
  /** This application's place among the applicant's applications to the agency this month (1 = the first). */
  ordinal: number;
  earlierReceivedOn: string[];
}

/** The applicant's applications to the agency in the month of this one, received before or on its day. */
export async function loadFeeHistory(store: Pick<CaseHandlingStore, 'listApplicantReceiptsInMonth'>, record: ApplicationRecord): Promise<FeeHistoryView | null> {
  if (record.receivedOn === null) return null;
  const earlierReceivedOn = await store.listApplicantReceiptsInMonth({
    agencyId: record.agencyId,
    applicant: applicantKeyOf(record.applicant),
    month: record.receivedOn.slice(0, 7),
    excludeApplicationId: record.id,
  });
  return { ordinal: countApplicationsThisMonthBefore(record.receivedOn, earlierReceivedOn) + 1, earlierReceivedOn };
}

export async function buildFeeNotice(input: StepInput<'feeNotice'>, step: StepContext): Promise<BuiltStep> {
  const history = await loadFeeHistory(step.store, step.record);
  if (history === null) return { ok: false, issues: [issue('on', 'notReceived', '申请尚未确认收到，不能计算信息处理费。')] };
  const pages = input.pages === '' ? null : Number(input.pages);
  if (input.method === 'perPage' && pages === null) return { ok: false, issues: [issue('pages', 'required', '按量计收须填写所提供信息的页数。')] };
  const fee = feeFor(input.method, { receivedOn: step.record.receivedOn!, earlierReceivedOn: history.earlierReceivedOn, pages });
  if (fee.amountYuan <= 0) return { ok: false, issues: [freeIssue(fee, history)] };
  const payBy = feePaymentDueOn(step.calendar, input.on);
  const letter = () => ({
    record: step.record,
    agency: step.agency,
    contactName: step.actor.name,
    documentNumber: input.documentNumber,
    letterDate: input.letterDate,
    type: 'feeNotice' as const,
    values: {
      计收方式: feeMethodLabels[input.method],
      收费金额: formatYuan(fee.amountYuan),
      收费明细: [...fee.lines.map((line) => line.description), fee.description].join('\n'),
      缴费方式: input.paymentMethod,
      缴费期限: payBy,
      复议机关: input.复议机关,
      管辖法院: input.管辖法院,
    },
  });
  const note = input.note === '' ? null : input.note;
  return { ok: true, event: { kind: 'feeNoticeSent', on: input.on, method: input.method, amountYuan: fee.amountYuan, payBy }, note, letter };
}

function freeIssue(fee: FeeCalculation, history: FeeHistoryView): Issue {
  const message =
    fee.method === 'perApplication'
      ? `这是该申请人本月向本机关提出的第${history.ordinal}件申请，按件计收在10件以内不收费，无需发出收费通知。`
      : '所提供信息不超过30页，按量计收不收费，无需发出收费通知。';
  return issue(fee.method === 'perApplication' ? 'method' : 'pages', 'free', message);
}

function issue(path: string, problem: string, message: string): Issue {
  return { code: `${path}.${problem}`, path, message };
}
