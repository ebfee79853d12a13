/**
 * The application flow of issue 4 in a real browser with JavaScript OFF: an applicant submits
 * online (/apply), staff confirm receipt, send a correction notice, the applicant corrects through
 * /track, staff reply with partial disclosure (部分公开), and the applicant downloads the letter
 * with the query code. The server's clock is moved from day to day; the due dates shown at each
 * step are checked against dates computed here with the calendar functions. Screenshots of the
 * worklist and the case page (desktop, standard and 大字版) go to /tmp/shots/.
 */
import { mkdir, readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import mammoth from 'mammoth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { getAccountByUsername } from '../../src/db/repositories/accounts.ts';
import { getAgencyByCode } from '../../src/db/repositories/agencies.ts';
import { createDemoCountyStore } from '../../src/db/stores/demo-county-store.ts';
import { createOfficialCalendar } from '../../src/domain/calendar/official-calendar.ts';
import { formatChineseDate, weekdayNameOf } from '../../src/domain/calendar/iso-date.ts';
import { addWorkingDays } from '../../src/domain/calendar/working-day-calendar.ts';
import { createApp } from '../../src/http/app.ts';
import { createTestCase } from '../../src/http/console/applications/case-test-data.ts';
import { seedDemoCounty } from '../../src/use-cases/seed-demo-county.ts';
import { hashTestPassword } from '../http-harness.ts';
import { openTestDatabase, type TestDatabase } from '../test-db.ts';
import { describeInBrowser, launchChromium } from './browser-harness.ts';

const shotsDir = '/tmp/shots';
const calendar = createOfficialCalendar();
const desktop = { width: 1280, height: 900 };

/** 10:00 in China on the day. */
const morningOf = (day: string) => new Date(`${day}T02:00:00Z`);
/** As the case page and the applicant's page print a due date. */
const shownDue = (date: string) => `${formatChineseDate(date, true)}（${weekdayNameOf(date)}）`;

describeInBrowser('an application from the portal to the reply, with JavaScript off', () => {
  let browser: Browser;
  let handle: TestDatabase;
  let baseUrl = '';
  let current = morningOf('2026-09-28');
  let close: () => Promise<void> = async () => {};

  beforeAll(async () => {
    handle = await openTestDatabase('pglite');
    await seedDemoCounty({ ...createDemoCountyStore(handle.db), hashPassword: hashTestPassword }, { isProduction: false, now: current });
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: 'memory://', LOG_LEVEL: 'silent' });
    const app = await createApp({ handle, config, now: () => current, logger: false });
    await app.listen({ host: '127.0.0.1', port: 0 });
    baseUrl = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    close = async () => {
      await app.close();
      await handle.close();
    };
    browser = await launchChromium();
    await mkdir(shotsDir, { recursive: true });
    await seedOtherCases();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await close();
  });

  /** A few other cases of the office, so that the worklist shows its order and flags. */
  async function seedOtherCases(): Promise<void> {
    const agency = (await getAgencyByCode(handle.db, 'lcx-zrzy'))!;
    const people = [
      ['欧阳明华', '2026-08-24', '2024年度土地出让金收支情况'],
      ['李芳', '2026-09-01', '莲城县城区控制性详细规划（2025年修编）及其批复'],
      ['王小红', '2026-09-22', '莲花镇2026年度农村宅基地审批情况统计'],
      ['陈建国', '2026-09-25', '本人承包地所在地块的征收补偿安置方案'],
    ] as const;
    const handler = (await getAccountByUsername(handle.db, 'handler'))!;
    for (const [name, receivedOn, description] of people) {
      await createTestCase(handle.db, {
        agencyId: agency.id,
        ...(name === '王小红' ? { handlerAccountId: handler.id } : {}),
        today: '2026-10-20',
        applicant: { kind: 'naturalPerson', name, idNumber: '11010519491231002X', idDocument: 'residentIdCard' },
        description,
        events: [{ kind: 'received', on: receivedOn }],
        submittedAt: morningOf(receivedOn),
      });
    }
  }

  async function newPage(large = false): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: desktop, acceptDownloads: true });
    if (large) await context.addCookies([{ name: 'gk_display', value: 'large', url: baseUrl }]);
    return { context, page: await context.newPage() };
  }

  async function signInAsHandler(page: Page, username = 'handler', password = 'Lian-Chengban-2025'): Promise<void> {
    await page.goto(`${baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    expect(new URL(page.url()).pathname).toBe('/console');
  }

  async function openCase(page: Page, trackingNumber: string): Promise<void> {
    await page.goto(`${baseUrl}/console/applications?status=all`);
    await page.getByRole('link', { name: trackingNumber }).click();
    expect(await page.textContent('h1')).toContain(trackingNumber);
  }

  async function track(page: Page, trackingNumber: string, queryCode: string): Promise<void> {
    await page.goto(`${baseUrl}/track`);
    await page.getByLabel('受理编号').fill(trackingNumber);
    await page.getByLabel('查询码').fill(queryCode.toLowerCase());
    await page.getByRole('button', { name: '查询' }).click();
    expect(new URL(page.url()).pathname).toBe('/track/status');
  }

  it('goes from the online application to the partial reply, with the right due dates at each step', async () => {
    // Monday 28 September 2026: the applicant applies online.
    let { context, page } = await newPage();
    await page.goto(`${baseUrl}/apply`);
    await page.selectOption('#agencyCode', 'lcx-zrzy');
    await page.getByLabel('姓名').fill('张明');
    await page.getByLabel('证件号码').fill('11010519491231002X');
    await page.getByLabel('联系电话').fill('13800138000');
    await page.getByLabel('电子邮箱').fill('zhang.ming@example.cn');
    await page.locator('#description').fill('莲城县2025年国土空间规划');
    await page.locator('input[name="deliveryForm"][value="electronic"]').check();
    await page.locator('input[name="deliveryMethod"][value="email"]').check();
    await page.locator('#declaration').check();
    await page.getByRole('button', { name: '提交申请' }).click();
    const codes = await page.locator('.receipt-codes code').allTextContents();
    const [trackingNumber, queryCode] = codes as [string, string];
    expect(trackingNumber).toMatch(/^YSQ-LCX-ZRZY-2026-\d{5}$/);
    expect(queryCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    await context.close();

    // Tuesday 29 September: staff confirm the receipt. Counting starts on the 30th; 1–7 October are 国庆节,
    // and Saturday 10 October is a swapped working day.
    current = morningOf('2026-09-29');
    ({ context, page } = await newPage());
    await signInAsHandler(page);
    await openCase(page, trackingNumber);
    await page.locator('#step-receipt > summary').click();
    await page.getByRole('button', { name: '确认收到' }).click();
    const firstDue = addWorkingDays(calendar, '2026-09-29', 20);
    const afterReceipt = await page.textContent('.deadline-panel');
    expect(afterReceipt).toContain(`答复期限：${shownDue(firstDue)}`);
    expect(afterReceipt).toContain('国庆节');
    expect(afterReceipt).toContain('调休上班日');
    await context.close();

    // Wednesday 30 September: the one correction notice (Art. 30), with its letter.
    current = morningOf('2026-09-30');
    ({ context, page } = await newPage());
    await signInAsHandler(page);
    await openCase(page, trackingNumber);
    await page.locator('#step-correction > summary').click();
    await page.getByLabel('需要补正的事项（每行一项）').fill('请写明所需规划的名称及批准机关\n请说明需要的是文本还是图件');
    await page.getByRole('button', { name: '生成补正告知书并登记' }).click();
    expect(await page.textContent('.notice-success')).toContain('已登记补正告知');
    expect(await page.textContent('.deadline-panel')).toContain('等待申请人补正');
    expect(await page.textContent('.file-list')).toContain('补正告知书');
    await context.close();

    // Monday 12 October: the applicant sends the correction through /track; 20 working days start again.
    current = morningOf('2026-10-12');
    ({ context, page } = await newPage());
    await track(page, trackingNumber, queryCode);
    expect(await page.textContent('.correction')).toContain('请写明所需规划的名称及批准机关');
    await page.locator('#description').fill('《莲城县国土空间总体规划（2021—2035年）》文本及湖南省人民政府的批复');
    await page.getByRole('button', { name: '提交补正' }).click();
    const secondDue = addWorkingDays(calendar, '2026-10-12', 20);
    const status = await page.textContent('.track-status');
    expect(status).toContain('补正已提交');
    expect(status).toContain(secondDue);
    await context.close();

    // Tuesday 20 October: the handler sees the new due date and replies with partial disclosure.
    current = morningOf('2026-10-20');
    ({ context, page } = await newPage());
    await signInAsHandler(page);
    await page.goto(`${baseUrl}/console/applications`);
    await page.screenshot({ path: `${shotsDir}/worklist-desktop-standard.png`, fullPage: true });
    await openCase(page, trackingNumber);
    const beforeReply = await page.textContent('.deadline-panel');
    expect(beforeReply).toContain(`答复期限：${shownDue(secondDue)}`);
    expect(beforeReply).toContain('重新起算');
    await page.screenshot({ path: `${shotsDir}/case-desktop-standard.png`, fullPage: true });
    await page.getByRole('link', { name: '答复申请人' }).click();
    await page.screenshot({ path: `${shotsDir}/reply-outcomes-desktop-standard.png`, fullPage: true });
    await page.getByLabel(/^部分公开/).check();
    await page.getByRole('button', { name: '下一步' }).click();
    await page.getByLabel('不予公开内容').fill('规划图件中涉及军事设施的部分');
    await page.getByLabel('理由', { exact: true }).fill('该部分属于依法确定为国家秘密的政府信息');
    await page.getByLabel('提供方式').fill('现随本告知书以电子邮件方式向您提供其余部分');
    await page.screenshot({ path: `${shotsDir}/reply-desktop-standard.png`, fullPage: true });
    await page.getByRole('button', { name: '生成答复书并登记答复' }).click();
    expect(await page.textContent('.notice-success')).toContain('已登记答复');
    expect(await page.textContent('h1')).toContain('已答复');
    expect(await page.textContent('.deadline-panel')).toContain('已在答复期限内答复');
    await page.screenshot({ path: `${shotsDir}/case-replied-desktop-standard.png`, fullPage: true });
    await context.close();

    ({ context, page } = await newPage(true));
    await signInAsHandler(page);
    await page.goto(`${baseUrl}/console/applications?status=all`);
    await page.screenshot({ path: `${shotsDir}/worklist-desktop-large.png`, fullPage: true });
    await openCase(page, trackingNumber);
    await page.screenshot({ path: `${shotsDir}/case-desktop-large.png`, fullPage: true });
    const { fontSize, overflow } = await page.evaluate(() => ({ fontSize: getComputedStyle(document.documentElement).fontSize, overflow: document.documentElement.scrollWidth - window.innerWidth }));
    expect(fontSize).toBe('22px');
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();

    // The applicant downloads the letter with the query code.
    ({ context, page } = await newPage());
    await track(page, trackingNumber, queryCode);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /部分公开告知书/ }).click()]);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: letter } = await mammoth.extractRawText({ buffer: bytes });
    expect(letter).toContain('规划图件中涉及军事设施的部分不予公开');
    expect(letter).toContain(trackingNumber);
    expect(letter).toContain('张明');
    await context.close();
  }, 180_000);
});
