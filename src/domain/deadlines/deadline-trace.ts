/**
 * The trace: every day from the receipt to the due date (or today, or the end of the case), with
 * the steps in between, each with a note in Chinese saying whether and why it counts. It is what
 * the case page shows so that a person can check the due date by hand.
 */
import type { CaseEvent, CaseEventKind } from '../applications/case-event.ts';
import { outcomeInfo } from '../applications/outcome.ts';
import { addDays, formatChineseDate, weekdayNameOf, type IsoDate } from '../calendar/iso-date.ts';
import type { WorkingDayCalendar } from '../calendar/working-day-calendar.ts';
import { pauseLabels, type CaseTimeline } from './case-timeline.ts';
import { classifyDay, countingFromOf, isCountedClass, type DayClass } from './day-clock.ts';
import type { DeadlineRules } from './deadline-rules.ts';

export type TraceEntryKind = 'counted' | 'weekend' | 'holiday' | 'swappedWorkday' | 'paused' | 'stopped' | 'event';

export interface TraceEntry {
  date: IsoDate;
  kind: TraceEntryKind;
  /** The working day's number in the count (restarting at 1 after a correction). */
  dayNumber?: number;
  /** The step, for `event` entries. */
  event?: CaseEventKind;
  note: string;
}

export interface TraceContext {
  calendar: WorkingDayCalendar;
  timeline: CaseTimeline;
  rules: DeadlineRules;
  /** Working days allowed: the reply period plus any extension. */
  target: number;
  dueOn: IsoDate | null;
  correctionNoticeDueOn: IsoDate | null;
  /** The last day shown. */
  through: IsoDate;
}

export function buildTrace(events: readonly CaseEvent[], context: TraceContext): TraceEntry[] {
  const { timeline, through } = context;
  if (timeline.receivedOn === null) return [];
  const byDate = new Map<IsoDate, CaseEvent[]>();
  for (const event of events) byDate.set(event.on, [...(byDate.get(event.on) ?? []), event]);
  const trace: TraceEntry[] = [];
  let counted = 0;
  for (let date = timeline.receivedOn; date <= through; date = addDays(date, 1)) {
    const today = byDate.get(date) ?? [];
    for (const event of today.filter((e) => !isListedAfterDay(e))) trace.push(eventEntry(event, context));
    if (date > timeline.receivedOn) {
      const day = classifyDay(context.calendar, timeline, date);
      if (isCountedClass(day)) counted += 1;
      trace.push(dayEntry(date, day, counted, context));
      if (date === timeline.correction?.receivedOn) counted = 0;
    }
    for (const event of today.filter(isListedAfterDay)) trace.push(eventEntry(event, context));
  }
  return trace;
}

/** Steps that end something (an answer arriving, the reply) read best after the day's own line. */
function isListedAfterDay(event: CaseEvent): boolean {
  return afterDayKinds.has(event.kind);
}

const afterDayKinds = new Set<CaseEventKind>(['correctionReceived', 'thirdPartyConsultationEnded', 'agencyConsultationEnded', 'feePaid', 'replied', 'closed']);

function dayEntry(date: IsoDate, day: DayClass, counted: number, context: TraceContext): TraceEntry {
  switch (day.kind) {
    case 'counted':
      return { date, kind: 'counted', dayNumber: counted, note: `第${counted}个工作日${day.name === null ? '' : `（${day.name}）`}${dueMark(date, counted, context)}` };
    case 'swappedWorkday':
      return { date, kind: 'swappedWorkday', dayNumber: counted, note: `调休上班日，计入：第${counted}个工作日${dueMark(date, counted, context)}` };
    case 'weekend':
      return { date, kind: 'weekend', note: `${weekdayNameOf(date)}，不计` };
    case 'holiday':
      return { date, kind: 'holiday', note: `${day.name} 法定节假日，不计` };
    case 'paused':
      return { date, kind: 'paused', note: `${pauseLabels[day.pause]}，不计` };
    case 'stopped':
      return { date, kind: 'stopped', note: '等待申请人补正，不计' };
  }
}

function dueMark(date: IsoDate, counted: number, context: TraceContext): string {
  const from = countingFromOf(context.timeline);
  if (from === null || date <= from) return '';
  if (context.timeline.extension !== null && counted === context.rules.replyWorkingDays) return '，原答复期限届满（已延长）';
  if (counted === context.target) return '，答复期限届满';
  return counted > context.target ? '（已超过答复期限）' : '';
}

const opinionLabels = { consents: '同意公开', objects: '不同意公开', noAnswer: '逾期未提出意见' } as const;

function eventEntry(event: CaseEvent, context: TraceContext): TraceEntry {
  return { date: event.on, kind: 'event', event: event.kind, note: eventNote(event, context) };
}

function eventNote(event: CaseEvent, context: TraceContext): string {
  const pausesForFee = context.rules.feeNoticePausesClock;
  switch (event.kind) {
    case 'received':
      return '收到申请（当日不计，次日起算）';
    case 'correctionRequested': {
      const due = context.correctionNoticeDueOn;
      const late = due !== null && event.on > due ? `（晚于${formatChineseDate(due)}，超过第三十条规定的7个工作日）` : '';
      return `发出补正通知，答复期限中止${late}`;
    }
    case 'correctionReceived':
      return '收到补正申请，重新起算（当日不计，次日为第1个工作日）';
    case 'thirdPartyConsultationStarted':
      return `第三方（${event.party}）收到征求意见书，暂停计算`;
    case 'thirdPartyConsultationEnded':
      return `收到第三方意见（${opinionLabels[event.opinion]}），次日恢复计算`;
    case 'agencyConsultationStarted':
      return `${event.agencyName}收到征求意见函，暂停计算`;
    case 'agencyConsultationEnded':
      return `收到其他机关意见（${event.opinion === 'noAnswer' ? '逾期未提出意见，视为同意公开' : opinionLabels[event.opinion]}），次日恢复计算`;
    case 'extensionApproved':
      return `经${event.approvedBy}批准，延长答复期限${event.workingDays}个工作日`;
    case 'feeNoticeSent':
      return pausesForFee ? '申请人收到收费通知，暂停计算' : '申请人收到收费通知（答复期限照常计算）';
    case 'feePaid':
      return pausesForFee ? '申请人缴纳信息处理费，次日恢复计算' : '申请人缴纳信息处理费';
    case 'transferred':
      return `转交${event.toAgencyName}办理`;
    case 'replied': {
      const due = context.dueOn;
      const timing = due === null ? '' : event.on <= due ? '，在答复期限内' : '，已超过答复期限';
      return `作出答复（${outcomeInfo[event.outcome].label}）${timing}`;
    }
    case 'closed':
      return `办结：${event.reason}`;
  }
}
