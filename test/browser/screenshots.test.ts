/**
 * Screenshots of the portal home, the sign-in page and the console dashboard — standard and 大字版,
 * desktop and a 390 px phone — into /tmp/shots/ for people to look at; with checks that the base
 * size is 16 px (22 px in 大字版) and that nothing scrolls sideways on the phone.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchChromium, startServer, type RunningServer } from './browser-harness.ts';

const shotsDir = '/tmp/shots';
const viewports = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
} as const;

describeInBrowser('screenshots', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    await mkdir(shotsDir, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function measure(page: Page) {
    return page.evaluate(() => ({
      fontSize: getComputedStyle(document.documentElement).fontSize,
      overflow: document.documentElement.scrollWidth - window.innerWidth,
    }));
  }

  for (const [device, viewport] of Object.entries(viewports)) {
    for (const large of [false, true]) {
      const mode = large ? 'large' : 'standard';
      it(`shows home, login and dashboard on a ${device} in ${mode} text`, async () => {
        const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1 });
        const page = await context.newPage();
        try {
          await page.goto(`${server.baseUrl}/`);
          if (large) await page.getByRole('link', { name: '大字版' }).click();
          const shots: [string, string][] = [['home', '/'], ['login', '/login']];
          for (const [name, path] of shots) {
            await page.goto(`${server.baseUrl}${path}`);
            await page.screenshot({ path: `${shotsDir}/${name}-${device}-${mode}.png`, fullPage: true });
            const { fontSize, overflow } = await measure(page);
            expect(fontSize, `${name} font size`).toBe(large ? '22px' : '16px');
            expect(overflow, `${name} sideways scroll`).toBeLessThanOrEqual(0);
          }
          await page.getByLabel('用户名').fill('agency-admin');
          await page.getByLabel('密码').fill('Lian-Jiguan-2025');
          await page.getByRole('button', { name: '登录' }).click();
          expect(new URL(page.url()).pathname).toBe('/console');
          await page.screenshot({ path: `${shotsDir}/dashboard-${device}-${mode}.png`, fullPage: true });
          const { fontSize, overflow } = await measure(page);
          expect(fontSize).toBe(large ? '22px' : '16px');
          expect(overflow, 'dashboard sideways scroll').toBeLessThanOrEqual(0);
        } finally {
          await context.close();
        }
      }, 60_000);
    }
  }
});
