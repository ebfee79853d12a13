/**
 * A job the server runs on a timer: shortly after start, then every `everyMs`. One run at a time (a
 * slow database must not pile runs up); a failed run is logged and the next one tries again; the
 * timers never keep the process alive. Reminders, scheduled publication and register expiry use it.
 */

export interface JobLog {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

export interface PeriodicJob<T> {
  stop(): void;
  /** Runs now (or joins the run in progress); null when the run failed. */
  runNow(): Promise<T | null>;
}

export interface PeriodicJobOptions<T> {
  run: () => Promise<T>;
  firstRunAfterMs: number;
  everyMs: number;
  log?: JobLog | undefined;
  /** What a finished run logs, if anything. */
  describe: (result: T) => { details: object; message: string } | null;
  failureMessage: string;
}

export function startPeriodicJob<T>(options: PeriodicJobOptions<T>): PeriodicJob<T> {
  let running: Promise<T | null> | null = null;
  const runNow = (): Promise<T | null> => {
    running ??= options
      .run()
      .then((result) => {
        const line = options.describe(result);
        if (line !== null) options.log?.info(line.details, line.message);
        return result;
      })
      .catch((error: unknown) => {
        options.log?.error({ err: error }, options.failureMessage);
        return null;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };
  const first = setTimeout(() => void runNow(), options.firstRunAfterMs);
  const every = setInterval(() => void runNow(), options.everyMs);
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
