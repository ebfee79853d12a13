/**
 * Browser tests: the real server (createApp + listen on 127.0.0.1:0) on a fresh database with the
 * demo county, and Debian's Chromium driven by playwright-core. Without /usr/bin/chromium the tests
 * are skipped with a message — except in CI, where that is a failure.
 */
import { hashTestPassword } from '../http-harness.ts';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { describe } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { createDemoCountyStore } from '../../src/db/stores/demo-county-store.ts';
import { createApp } from '../../src/http/app.ts';
import { seedDemoCounty } from '../../src/use-cases/seed-demo-county.ts';
import { openTestDatabase, type TestDatabase } from '../test-db.ts';

export const chromiumPath = '/usr/bin/chromium';
const isCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
const hasChromium = existsSync(chromiumPath);

/** `describe`, or a skip with the reason when Chromium is missing (a failure in CI: the body runs and fails). */
export function describeInBrowser(title: string, body: () => void): void {
  if (!hasChromium && !isCi) {
    describe.skip(`${title} — skipped: ${chromiumPath} is missing (apt install chromium); set CI=true to make this a failure`, body);
    return;
  }
  describe(title, body);
}

export async function launchChromium(): Promise<Browser> {
  if (!hasChromium) throw new Error(`${chromiumPath} is missing: install Debian's chromium package`);
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

export interface RunningServer {
  baseUrl: string;
  handle: TestDatabase;
  close(): Promise<void>;
}

/** The real HTTP server on a free port of 127.0.0.1, on a fresh PGlite with the demo county. */
export async function startServer(): Promise<RunningServer> {
  const handle = await openTestDatabase('pglite');
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'memory://', LOG_LEVEL: 'silent' });
  await seedDemoCounty({ ...createDemoCountyStore(handle.db), hashPassword: hashTestPassword }, { isProduction: false, now: new Date() });
  const app = await createApp({ handle, config, now: () => new Date(), logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    handle,
    close: async () => {
      await app.close();
      await handle.close();
    },
  };
}
