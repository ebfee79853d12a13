/** Event builders for the case tests (not exported from the domain's API; used by *.test.ts only). */
import type { CaseEvent, CaseEventKind, IsoDate } from './case-event.ts';

type Details<K extends CaseEventKind> = Omit<Extract<CaseEvent, { kind: K }>, 'kind' | 'on'>;

const defaults: { [K in CaseEventKind]: Details<K> } = {
  received: {},
  correctionRequested: { correctBy: '2099-12-31', items: '请写明所需信息的名称或文号。' },
  correctionReceived: {},
  thirdPartyConsultationStarted: { consultationId: 'c1', party: '某某公司' },
  thirdPartyConsultationEnded: { consultationId: 'c1', opinion: 'consents' },
  agencyConsultationStarted: { consultationId: 'a1', agencyName: '莲城县财政局' },
  agencyConsultationEnded: { consultationId: 'a1', opinion: 'noAnswer' },
  extensionApproved: { workingDays: 20, approvedBy: '王主任', reason: '需要调取档案' },
  feeNoticeSent: { method: 'perApplication', amountYuan: 100, payBy: '2099-12-31' },
  feePaid: { amountYuan: 100 },
  transferred: { toAgencyId: 'agency-2', toAgencyName: '莲城县财政局', reason: '信息由该局制作' },
  replied: { outcome: 'granted', replyType: '予以公开' },
  closed: { outcome: 'other.other', reason: '申请人撤回申请' },
};

/** An event of this kind on this date, with valid details that `overrides` may replace. */
export function event<K extends CaseEventKind>(kind: K, on: IsoDate, overrides: Partial<Details<K>> = {}): CaseEvent {
  return { kind, on, ...defaults[kind], ...overrides } as CaseEvent;
}
