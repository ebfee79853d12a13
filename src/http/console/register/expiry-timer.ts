/**
 * The automatic expiry of rules and normative documents, on a timer in the server process: shortly
 * after start, then every hour — so the day after a validity period ends is never missed, whenever
 * the server was started (a run finds nothing to do once the day's documents are expired).
 */
import type { DatabaseHandle } from '../../../db/database.ts';
import { createRegisterDeps } from '../../../db/stores/register-store.ts';
import { chinaDateOf } from '../../../use-cases/applications/china-date.ts';
import { expireDueDocuments, type ExpiredDocument } from '../../../use-cases/catalog/register/expire-due-documents.ts';
import { startPeriodicJob, type JobLog, type PeriodicJob } from '../../periodic-job.ts';

export interface ExpiryTimerDeps {
  handle: Pick<DatabaseHandle, 'db'>;
  now: () => Date;
  log?: JobLog;
}

export function startRegisterExpiryTimer(
  deps: ExpiryTimerDeps,
  options: { firstRunAfterMs?: number; everyMs?: number } = {},
): PeriodicJob<ExpiredDocument[]> {
  return startPeriodicJob({
    run: () => expireDueDocuments(createRegisterDeps(deps.handle.db, deps.now), chinaDateOf(deps.now())),
    firstRunAfterMs: options.firstRunAfterMs ?? 45_000,
    everyMs: options.everyMs ?? 60 * 60 * 1000,
    log: deps.log,
    describe: (expired) => (expired.length === 0 ? null : { details: { expired: expired.map((e) => e.indexNumber) }, message: 'register documents expired' }),
    failureMessage: 'register expiry run failed',
  });
}
