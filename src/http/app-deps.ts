/** What the HTTP app needs from outside: the database, the configuration and the clock. */
import type { Config } from '../config.ts';
import type { DatabaseHandle } from '../db/database.ts';

export interface AppDeps {
  handle: DatabaseHandle;
  config: Config;
  /** The clock; tests pass a fake one to move time forward (idle timeout, lockout). */
  now: () => Date;
  /** Fastify's logger option: false (tests), true, or pino options. */
  logger?: boolean | object;
}
