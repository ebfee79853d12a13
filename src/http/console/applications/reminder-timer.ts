/**
 * The reminder run on a timer in the server process: shortly after start, then every hour (a
 * reminder is created once per case, kind and due date, so repeated runs add nothing).
 */
import type { DatabaseHandle } from '../../../db/database.ts';
import { chinaDateOf } from '../../../use-cases/applications/china-date.ts';
import { generateReminders, type ReminderRun } from '../../../use-cases/applications/cases/generate-reminders.ts';
import { startPeriodicJob, type JobLog, type PeriodicJob } from '../../periodic-job.ts';
import { createCaseHandlingDeps } from './case-handling-deps.ts';

export interface ReminderTimerDeps {
  handle: Pick<DatabaseHandle, 'db'>;
  now: () => Date;
  log?: JobLog;
}

export interface ReminderTimerOptions {
  firstRunAfterMs?: number;
  everyMs?: number;
}

export function startReminderTimer(deps: ReminderTimerDeps, options: ReminderTimerOptions = {}): PeriodicJob<ReminderRun> {
  return startPeriodicJob({
    run: () => generateReminders(createCaseHandlingDeps(deps.handle.db, deps.now), chinaDateOf(deps.now())),
    firstRunAfterMs: options.firstRunAfterMs ?? 30_000,
    everyMs: options.everyMs ?? 60 * 60 * 1000,
    log: deps.log,
    describe: (run) => ({ details: { reminders: run }, message: 'reminders generated' }),
    failureMessage: 'reminder run failed',
  });
}
