/**
 * 到期提醒: for every open case, a reminder when it is due within 5 working days ('dueSoon') and
 * when it is overdue ('overdue'), addressed to its handler, or to the agency's registrars while
 * nobody handles it. The deadline is computed on today's calendar from the history; a reminder
 * already given for the same case, kind and due date is not given again, so the run can repeat.
 */
import type { IsoDate } from '../../../domain/applications/case-event.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { loadWorkingDayCalendar } from '../load-calendar.ts';
import { describeCaseDeadline } from './case-deadline.ts';
import type { CaseHandlingDeps, NewReminder, OpenCase } from './case-handling-store.ts';

export interface ReminderRun {
  /** Open cases looked at. */
  checked: number;
  created: number;
  /** Cases whose deadline could not be computed (a year missing from the calendar). */
  skipped: number;
}

/** Cases per transaction: a county's open cases fit in a few batches. */
const batchSize = 200;

export async function generateReminders(deps: CaseHandlingDeps, today: IsoDate): Promise<ReminderRun> {
  const open = await deps.transaction((store) => store.listOpenReceivedCases());
  const run: ReminderRun = { checked: open.length, created: 0, skipped: 0 };
  for (let start = 0; start < open.length; start += batchSize) {
    const batch = open.slice(start, start + batchSize);
    const counts = await deps.transaction(async (store) => {
      const calendar = await loadWorkingDayCalendar(store);
      const events = await store.listEventsOf(batch.map((c) => c.id));
      let created = 0;
      let skipped = 0;
      for (const openCase of batch) {
        const view = describeCaseDeadline((events.get(openCase.id) ?? []).map((e) => e.event), calendar, today);
        if (!view.ok) {
          skipped += 1;
          continue;
        }
        const reminder = reminderFor(openCase, view.deadline, deps.now());
        if (reminder !== null && (await store.insertReminder(reminder))) created += 1;
      }
      return { created, skipped };
    });
    run.created += counts.created;
    run.skipped += counts.skipped;
  }
  return run;
}

function reminderFor(
  openCase: OpenCase,
  deadline: { dueOn: IsoDate | null; workingDaysLeft: number | null; overdue: boolean; dueSoon: boolean; status: string },
  now: Date,
): NewReminder | null {
  const { dueOn, workingDaysLeft } = deadline;
  if (dueOn === null || workingDaysLeft === null || deadline.status === 'ended') return null;
  const base = { agencyId: openCase.agencyId, applicationId: openCase.id, accountId: openCase.handlerAccountId, dueOn, createdAt: now };
  const due = formatChineseDate(dueOn, true);
  if (deadline.overdue) {
    const late = -workingDaysLeft;
    return { ...base, kind: 'overdue', message: `${openCase.trackingNumber} 已超过答复期限（${due}）${late > 0 ? `${late}个工作日` : ''}，请尽快答复。` };
  }
  if (deadline.dueSoon) {
    const left = workingDaysLeft === 0 ? '今天是最后一天' : `还剩${workingDaysLeft}个工作日`;
    return { ...base, kind: 'dueSoon', message: `${openCase.trackingNumber} 的答复期限为${due}，${left}。` };
  }
  return null;
}
