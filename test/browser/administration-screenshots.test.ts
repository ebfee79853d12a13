/**
 * The calendar, statistics and ledger import pages in Chromium with JavaScript off, on the demo
 * county with its demo applications: screenshots (desktop and phone, standard and 大字版) into
 * /tmp/shots/ for people to look at, nothing scrolling sideways, and the import done by hand.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoApplicationsDeps } from '../../src/db/stores/demo-applications-store.ts';
import { seedDemoApplications } from '../../src/use-cases/applications/administration/seed-demo-applications.ts';
import { describeInBrowser, launchChromium, startServer, type RunningServer } from './browser-harness.ts';

const shotsDir = '/tmp/shots';
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;
const ledgerPath = `${shotsDir}/台账示例.csv`;

describeInBrowser('administration pages', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    await seedDemoApplications(createDemoApplicationsDeps(server.handle.db), { now: new Date(), isProduction: false });
    await mkdir(shotsDir, { recursive: true });
    await writeFile(
      ledgerPath,
      ['申请人,申请人类型,身份证号,申请内容,受理日期,答复日期,办理结果,受理方式', '赵六,自然人,430102199001011238,青石村宅基地审批档案,2026-03-02,2026-03-20,部分公开,当面', '钱七,个人,430102199001011234,莲花村低保名单,2026-03-03,,,网上'].join('\r\n'),
    );
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function signIn(page: Page, username: string, password: string, large: boolean): Promise<void> {
    await page.goto(`${server.baseUrl}/login`);
    if (large) await page.getByRole('link', { name: '大字版' }).click();
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
  }

  async function shoot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: `${shotsDir}/${name}.png`, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
  }

  for (const [device, viewport] of Object.entries(viewports)) {
    for (const large of [false, true]) {
      const mode = large ? 'large' : 'standard';
      it(`shows the calendar and the statistics on a ${device} in ${mode} text`, async () => {
        const context = await browser.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1, javaScriptEnabled: false });
        const page = await context.newPage();
        try {
          await signIn(page, 'system-admin', 'Lian-Xitong-2025', large);
          await page.goto(`${server.baseUrl}/console/calendar`);
          await shoot(page, `calendar-${device}-${mode}`);
          const admin = page;
          const handler = await context.browser()!.newContext({ viewport, locale: 'zh-CN', deviceScaleFactor: 1, javaScriptEnabled: false });
          const handlerPage = await handler.newPage();
          await signIn(handlerPage, 'handler', 'Lian-Chengban-2025', large);
          await handlerPage.goto(`${server.baseUrl}/console/statistics?year=2025`);
          await shoot(handlerPage, `statistics-${device}-${mode}`);
          await handlerPage.getByRole('link', { name: /^\d+$/ }).first().click();
          expect(new URL(handlerPage.url()).pathname).toBe('/console/statistics/cases');
          await shoot(handlerPage, `statistics-cases-${device}-${mode}`);
          await handler.close();
          expect(admin.url()).toContain('/console/calendar');
        } finally {
          await context.close();
        }
      }, 120_000);
    }
  }

  it('imports a ledger by hand: upload, mapping, report, confirm', async () => {
    const context = await browser.newContext({ viewport: viewports.desktop, locale: 'zh-CN', deviceScaleFactor: 1, javaScriptEnabled: false });
    const page = await context.newPage();
    try {
      await signIn(page, 'registrar', 'Lian-Dengji-2025', false);
      await page.goto(`${server.baseUrl}/console/applications/import`);
      await shoot(page, 'ledger-import-upload');
      await page.getByLabel('台账文件', { exact: true }).setInputFiles(ledgerPath);
      await page.getByRole('button', { name: '上传并识别表头' }).click();
      await page.getByRole('heading', { name: '导入台账：核对各列' }).waitFor();
      await shoot(page, 'ledger-import-mapping');
      await page.getByRole('button', { name: '检查每一行' }).click();
      await shoot(page, 'ledger-import-report');
      await page.getByText('身份证号码无效').waitFor();
      await page.getByRole('button', { name: '导入所选的申请' }).click();
      await page.getByText(/已为莲城县自然资源局导入 1 件申请/).waitFor();
      await shoot(page, 'ledger-import-done');
    } finally {
      await context.close();
    }
  }, 120_000);
});
