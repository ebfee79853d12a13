/**
 * The reminder run on a timer in the server process: shortly after start, then every hour (a
 * reminder is created once per case, kind and due date, so repeated runs add nothing). A failed
 * run is logged and the next one tries again; the timers never keep the process alive.
 */
import type { DatabaseHandle } from '../../../db/database.ts';
import { chinaDateOf } from '../../../use-cases/applications/china-date.ts';
import { generateReminders, type ReminderRun } from '../../../use-cases/applications/cases/generate-reminders.ts';
import { createCaseHandlingDeps } from './case-handling-deps.ts';

export interface ReminderTimerDeps {
  handle: Pick<DatabaseHandle, 'db'>;
  now: () => Date;
  log?: { info(details: object, message: string): void; error(details: object, message: string): void };
}

export interface ReminderTimerOptions {
  firstRunAfterMs?: number;
  everyMs?: number;
}

export function startReminderTimer(deps: ReminderTimerDeps, options: ReminderTimerOptions = {}): { stop(): void; runNow(): Promise<ReminderRun | null> } {
  const { firstRunAfterMs = 30_000, everyMs = 60 * 60 * 1000 } = options;
  let running: Promise<ReminderRun | null> | null = null;
  const runNow = (): Promise<ReminderRun | null> => {
    // One run at a time: a slow database must not pile runs up.
    running ??= generateReminders(createCaseHandlingDeps(deps.handle.db, deps.now), chinaDateOf(deps.now()))
      .then((run) => {
        deps.log?.info({ reminders: run }, 'reminders generated');
        return run;
      })
      .catch((error: unknown) => {
        deps.log?.error({ err: error }, 'reminder run failed');
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void runNow(), firstRunAfterMs);
  const every = setInterval(() => void runNow(), everyMs);
  first.unref();
  every.unref();
  return {
    stop: () => {
      clearTimeout(first);
      clearInterval(every);
    },
    runNow,
  };
}
