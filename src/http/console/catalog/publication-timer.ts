/**
 * Scheduled publication on a timer in the server process: shortly after start, then every minute
 * (a 终审 chooses the time to the minute), publishing each item whose time has come. A run finds
 * nothing to do until then.
 */
import type { DatabaseHandle } from '../../../db/database.ts';
import { createInfoItemDeps } from '../../../db/stores/info-item-store.ts';
import type { InfoItemRecord } from '../../../use-cases/catalog/items/info-item-store.ts';
import { publishDueItems } from '../../../use-cases/catalog/items/publish-due-items.ts';
import { startPeriodicJob, type JobLog, type PeriodicJob } from '../../periodic-job.ts';

export interface PublicationTimerDeps {
  handle: Pick<DatabaseHandle, 'db'>;
  now: () => Date;
  log?: JobLog;
}

export function startPublicationTimer(
  deps: PublicationTimerDeps,
  options: { firstRunAfterMs?: number; everyMs?: number } = {},
): PeriodicJob<InfoItemRecord[]> {
  return startPeriodicJob({
    run: () => publishDueItems(createInfoItemDeps(deps.handle.db, deps.now)),
    firstRunAfterMs: options.firstRunAfterMs ?? 15_000,
    everyMs: options.everyMs ?? 60_000,
    log: deps.log,
    describe: (published) => (published.length === 0 ? null : { details: { published: published.map((item) => item.indexNumber) }, message: 'scheduled items published' }),
    failureMessage: 'scheduled publication failed',
  });
}
