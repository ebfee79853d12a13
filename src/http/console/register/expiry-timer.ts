/**
 * The automatic expiry of rules and normative documents, on a timer in the server process: shortly
 * after start, then every hour — so the day after a validity period ends is never missed, whenever
 * the server was started (a run finds nothing to do once the day's documents are expired). A failed
 * run is logged and the next one tries again; the timers never keep the process alive.
 */
import type { DatabaseHandle } from '../../../db/database.ts';
import { createRegisterDeps } from '../../../db/stores/register-store.ts';
import { chinaDateOf } from '../../../use-cases/applications/china-date.ts';
import { expireDueDocuments, type ExpiredDocument } from '../../../use-cases/catalog/register/expire-due-documents.ts';

export interface ExpiryTimerDeps {
  handle: Pick<DatabaseHandle, 'db'>;
  now: () => Date;
  log?: { info(details: object, message: string): void; error(details: object, message: string): void };
}

export function startRegisterExpiryTimer(
  deps: ExpiryTimerDeps,
  options: { firstRunAfterMs?: number; everyMs?: number } = {},
): { stop(): void; runNow(): Promise<ExpiredDocument[] | null> } {
  const { firstRunAfterMs = 45_000, everyMs = 60 * 60 * 1000 } = options;
  let running: Promise<ExpiredDocument[] | null> | null = null;
  const runNow = (): Promise<ExpiredDocument[] | null> => {
    running ??= expireDueDocuments(createRegisterDeps(deps.handle.db, deps.now), chinaDateOf(deps.now()))
      .then((expired) => {
        if (expired.length > 0) deps.log?.info({ expired: expired.map((e) => e.indexNumber) }, 'register documents expired');
        return expired;
      })
      .catch((error: unknown) => {
        deps.log?.error({ err: error }, 'register expiry run failed');
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
