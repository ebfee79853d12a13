/**
 * What the applicant sees of the case on the portal: the status in plain words, the receipt and
 * due dates, the steps that concern the applicant (not the names of third parties consulted, not
 * internal notes), and the letters the office made public to the applicant.
 */
import { caseStatusLabels, type CaseStatus } from '../../../domain/applications/case-status.ts';
import type { CaseEvent, IsoDate } from '../../../domain/applications/case-event.ts';
import { outcomeInfo } from '../../../domain/applications/outcome.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { ApplicationFileInfo, IntakeApplication, IntakeDeps } from './intake-store.ts';

export interface ApplicantStep {
  on: IsoDate;
  title: string;
  detail: string | null;
}

export interface ApplicantCaseView {
  applicationId: string;
  trackingNumber: string;
  agencyName: string;
  status: CaseStatus;
  statusLabel: string;
  statusExplanation: string;
  submittedAt: Date;
  receivedOn: IsoDate | null;
  dueOn: IsoDate | null;
  steps: ApplicantStep[];
  letters: ApplicationFileInfo[];
  /** While the office awaits the corrected application: what to correct and by when. */
  correction: { items: string; correctBy: IsoDate } | null;
}

const explanations: Record<CaseStatus, string> = {
  awaitingConfirmation: '您的申请已提交，正等待政府信息公开工作机构确认收到。根据《条例》第三十一条，以双方确认之日为收到申请之日，答复期限自该日起计算。',
  inProgress: '本机关正在办理您的申请，将在答复期限内作出答复。',
  awaitingCorrection: '本机关需要您补正申请内容，请在补正期限内通过本页提交补正后的申请。答复期限自收到补正的申请之日起计算（《条例》第三十条）；无正当理由逾期不补正的，视为放弃申请。',
  inConsultation: '本机关正在征求第三方或者其他机关的意见，所需时间不计算在答复期限内（《条例》第三十二条、第三十四条）。',
  awaitingFee: '本机关已发出收费通知，请在收到通知次日起20个工作日内缴纳信息处理费；逾期未缴纳的，视为放弃申请。',
  replied: '本机关已作出答复，答复文书可在下方下载。',
  closed: '本申请已终止办理。',
};

export async function viewApplicantCase(deps: IntakeDeps, application: IntakeApplication): Promise<ApplicantCaseView> {
  const { events, files, agencies } = await deps.transaction(async (store) => ({
    events: await store.listEvents(application.id),
    files: await store.listFiles(application.id),
    agencies: await store.listAgencies(),
  }));
  const history = events.map((e) => e.event);
  const status = (application.status in caseStatusLabels ? application.status : 'inProgress') as CaseStatus;
  const open = [...history].reverse().find((e) => e.kind === 'correctionRequested' || e.kind === 'correctionReceived');
  return {
    applicationId: application.id,
    trackingNumber: application.trackingNumber,
    agencyName: agencyNameOf(agencies, application.agencyId),
    status,
    statusLabel: caseStatusLabels[status],
    statusExplanation: explanations[status],
    submittedAt: application.submittedAt,
    receivedOn: application.receivedOn,
    dueOn: application.dueOn,
    steps: history.flatMap((event) => stepOf(event)),
    letters: files.filter((f) => f.role === 'letter' && f.isPublicToApplicant),
    correction: status === 'awaitingCorrection' && open?.kind === 'correctionRequested' ? { items: open.items, correctBy: open.correctBy } : null,
  };
}

function agencyNameOf(agencies: readonly Agency[], id: string): string {
  return agencies.find((a) => a.id === id)?.name ?? '';
}

/** A step as the applicant reads it; consultations without the party's name. */
export function stepOf(event: CaseEvent): ApplicantStep[] {
  const step = (title: string, detail: string | null = null): ApplicantStep[] => [{ on: event.on, title, detail }];
  switch (event.kind) {
    case 'received':
      return step('收到申请', '此日为收到申请之日（《条例》第三十一条），答复期限自次日起计算。');
    case 'correctionRequested':
      return step('告知补正', `需要补正的事项：${event.items}。补正期限：${event.correctBy}。`);
    case 'correctionReceived':
      return step('收到补正后的申请', '答复期限自此日起重新计算。');
    case 'thirdPartyConsultationStarted':
      return step('征求第三方意见', '征求意见所需时间不计算在答复期限内。');
    case 'agencyConsultationStarted':
      return step('征求其他机关意见', '征求意见所需时间不计算在答复期限内。');
    case 'thirdPartyConsultationEnded':
    case 'agencyConsultationEnded':
      return step('征求意见结束');
    case 'extensionApproved':
      return step('延长答复期限', `经政府信息公开工作机构负责人同意，答复期限延长${event.workingDays}个工作日。`);
    case 'feeNoticeSent':
      return step('发出收费通知', `信息处理费${event.amountYuan}元，请于${event.payBy}前缴纳。`);
    case 'feePaid':
      return step('已缴纳信息处理费', `${event.amountYuan}元。`);
    case 'transferred':
      return step('转送办理', `转送${event.toAgencyName}办理。`);
    case 'replied':
      return step('作出答复', `办理结果：${outcomeInfo[event.outcome].label}。`);
    case 'closed':
      return step('终止办理', `办理结果：${outcomeInfo[event.outcome].label}。`);
  }
}
