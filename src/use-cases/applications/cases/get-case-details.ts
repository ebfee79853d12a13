/**
 * Everything the case page shows: the application (applicant masked), its files, the history with
 * who recorded each step, the deadline with its trace, the steps the case allows now, and what the
 * step forms start from (today, the correction deadline, document numbers, remedy bodies, the fee
 * history). Reading a case needs `application.read` on its agency.
 */
import { can } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { Applicant, ApplicantContact } from '../../../domain/applications/applicant.ts';
import type { CaseEvent, IsoDate } from '../../../domain/applications/case-event.ts';
import { caseStateOf, type OpenConsultation } from '../../../domain/applications/case-state.ts';
import { maskApplicant } from '../../../domain/applications/masking.ts';
import { closingReasonsOf, nextStepsOf, type ClosingReason, type NextStep } from '../../../domain/applications/next-steps.ts';
import { addWorkingDays } from '../../../domain/calendar/working-day-calendar.ts';
import { feePaymentDueOn } from '../../../domain/deadlines/statutory-periods.ts';
import { summarizeTrace, type TraceSummaryLine } from '../../../domain/deadlines/trace-summary.ts';
import { DomainError } from '../../../domain/errors.ts';
import { replyTypes, type ReplyType } from '../../../domain/replies/reply-type.ts';
import { chinaDateOf } from '../china-date.ts';
import { loadWorkingDayCalendar } from '../load-calendar.ts';
import { agencyOfCase, loadCaseFor } from './case-access.ts';
import { describeCaseDeadline, type CaseDeadlineView } from './case-deadline.ts';
import type { ApplicationRecord, CaseFileInfo, CaseHandlingDeps } from './case-handling-store.ts';
import { defaultDocumentNumber, defaultRemedyBodies } from './case-letters.ts';
import { listStaffFor, type StaffOption } from './case-staff.ts';
import { loadFeeHistory, type FeeHistoryView } from './fee-notice.ts';

/** Working days an applicant is given to correct, to start from (Art. 30 asks for a 合理的补正期限). */
export const defaultCorrectionWorkingDays = 10;

export interface HistoryEntry {
  seq: number;
  event: CaseEvent;
  note: string | null;
  actorName: string;
  recordedAt: Date;
}

export interface CaseDetails {
  today: IsoDate;
  record: Omit<ApplicationRecord, 'applicant' | 'contact'>;
  /** Masked for everyone on this page; the full data is on the applicant page, for the roles allowed. */
  applicant: Applicant;
  contact: ApplicantContact;
  agency: { id: string; code: string; name: string };
  handler: StaffOption | null;
  permissions: { canHandle: boolean; canReview: boolean; canViewPersonalData: boolean };
  history: HistoryEntry[];
  files: CaseFileInfo[];
  deadline: CaseDeadlineView;
  traceSummary: TraceSummaryLine[];
  nextSteps: NextStep[];
  closingReasons: ClosingReason[];
  openConsultations: OpenConsultation[];
  handlerOptions: StaffOption[];
  transferOptions: { code: string; name: string }[];
  defaults: FormDefaults;
  feeHistory: FeeHistoryView | null;
}

export interface FormDefaults {
  today: IsoDate;
  /** Today + 10 working days; empty when the calendar does not reach that far. */
  correctBy: IsoDate | '';
  /** Today + 20 working days: the payment deadline of a notice received today. */
  payBy: IsoDate | '';
  documentNumbers: Record<ReplyType, string>;
  复议机关: string;
  管辖法院: string;
}

export async function getCaseDetails(deps: CaseHandlingDeps, request: { principal: Principal; applicationId: string }): Promise<CaseDetails> {
  const today = chinaDateOf(deps.now());
  const { principal } = request;
  return deps.transaction(async (store) => {
    const { record, context } = await loadCaseFor(store, principal, 'application.read', request.applicationId);
    const agency = agencyOfCase(context, record);
    const target = { agencyId: record.agencyId };
    const permissions = {
      canHandle: can(principal, 'application.handle', target, context.ancestry),
      canReview: can(principal, 'application.review', target, context.ancestry),
      canViewPersonalData: can(principal, 'application.viewPersonalData', target, context.ancestry),
    };
    const recorded = await store.listEvents(record.id);
    const events = recorded.map((r) => r.event);
    const names = await store.listAccountNames([...recorded.flatMap((r) => (r.actorAccountId === null ? [] : [r.actorAccountId])), ...(record.handlerAccountId === null ? [] : [record.handlerAccountId])]);
    const calendar = await loadWorkingDayCalendar(store);
    const deadline = describeCaseDeadline(events, calendar, today);
    const staff = permissions.canHandle ? await listStaffFor(store, context, record.agencyId, 'handler') : [];
    const { applicant, contact, ...rest } = record;
    const masked = maskApplicant(applicant, contact);
    const state = caseStateOf(events);
    return {
      today,
      record: rest,
      applicant: masked.applicant,
      contact: masked.contact,
      agency: { id: agency.id, code: agency.code, name: agency.name },
      handler: record.handlerAccountId === null ? null : { accountId: record.handlerAccountId, name: names.get(record.handlerAccountId) ?? '（账号已删除）' },
      permissions,
      history: recorded.map((r) => ({ seq: r.seq, event: r.event, note: r.note, recordedAt: r.recordedAt, actorName: r.actorAccountId === null ? actorWithoutAccount(r.event) : (names.get(r.actorAccountId) ?? '（账号已删除）') })),
      files: await store.listFiles(record.id),
      deadline,
      traceSummary: deadline.ok ? summarizeTrace(deadline.deadline.trace) : [],
      nextSteps: nextStepsOf(events),
      closingReasons: closingReasonsOf(events),
      openConsultations: state.openConsultations,
      handlerOptions: staff,
      transferOptions: context.agencies.filter((a) => a.id !== record.agencyId).map(({ code, name }) => ({ code, name })),
      defaults: {
        today,
        correctBy: orEmpty(() => addWorkingDays(calendar, today, defaultCorrectionWorkingDays)),
        payBy: orEmpty(() => feePaymentDueOn(calendar, today)),
        documentNumbers: documentNumbersOf(record.trackingNumber),
        ...defaultRemedyBodies(context, agency),
      },
      feeHistory: permissions.canHandle ? await loadFeeHistory(store, record) : null,
    };
  });
}

function documentNumbersOf(trackingNumber: string): Record<ReplyType, string> {
  return Object.fromEntries(replyTypes.map((t) => [t, defaultDocumentNumber(trackingNumber, t)])) as Record<ReplyType, string>;
}

/** A date the calendar cannot give yet (next year unknown) leaves the field for staff to fill. */
function orEmpty(compute: () => IsoDate): IsoDate | '' {
  try {
    return compute();
  } catch (error) {
    if (error instanceof DomainError && error.code.startsWith('calendar.')) return '';
    throw error;
  }
}

/** A step without an account: the applicant's own correction sent on the portal, else the system (demo data, imports). */
function actorWithoutAccount(event: CaseEvent): string {
  return event.kind === 'correctionReceived' ? '申请人' : '系统';
}
