/**
 * Scheduled publication on a timer in the server process: shortly after start, then every minute
 * (a 终审 chooses the time to the minute), publishing each item whose time has come. A run finds
 * nothing to do until then; a failed run is logged and the next one tries again; one run at a
 * time; the timers never keep the process alive.
 */
import type { DatabaseHandle } from '../../../db/database.ts';
import { createInfoItemDeps } from '../../../db/stores/info-item-store.ts';
import type { InfoItemRecord } from '../../../use-cases/catalog/items/info-item-store.ts';
import { publishDueItems } from '../../../use-cases/catalog/items/publish-due-items.ts';

export interface PublicationTimerDeps {
  handle: Pick<DatabaseHandle, 'db'>;
  now: () => Date;
  log?: { info(details: object, message: string): void; error(details: object, message: string): void };
}

export function startPublicationTimer(
  deps: PublicationTimerDeps,
  options: { firstRunAfterMs?: number; everyMs?: number } = {},
): { stop(): void; runNow(): Promise<InfoItemRecord[] | null> } {
  const { firstRunAfterMs = 15_000, everyMs = 60_000 } = options;
  let running: Promise<InfoItemRecord[] | null> | null = null;
  const runNow = (): Promise<InfoItemRecord[] | null> => {
    running ??= publishDueItems(createInfoItemDeps(deps.handle.db, deps.now))
      .then((published) => {
        if (published.length > 0) deps.log?.info({ published: published.map((item) => item.indexNumber) }, 'scheduled items published');
        return published;
      })
      .catch((error: unknown) => {
        deps.log?.error({ err: error }, 'scheduled publication failed');
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
