/**
 * The intake pages in Chromium with JavaScript OFF, as an applicant and a registrar use them: the
 * application form on a phone and a desktop, a refused submission, a real multipart submission with
 * an attachment, the receipt, tracking with the query code, the status page with the correction
 * form, the correction, and the registration form. Screenshots go to /tmp/shots/intake-*.png for
 * people to look at; the checks: nothing scrolls sideways on the phone, base size 16 px, and the
 * flow itself (the database gets exactly what the pages say).
 */
import { mkdir } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { queryRows } from '../../src/db/database.ts';
import { createCaseDeps } from '../../src/db/stores/case-store.ts';
import { chinaDateOf } from '../../src/use-cases/applications/china-date.ts';
import { samplePdf, validIdNumber } from '../../src/use-cases/applications/intake/intake-test-input.ts';
import { recordCaseStep } from '../../src/use-cases/applications/record-case-step.ts';
import { describeInBrowser, launchChromium, startServer, type RunningServer } from './browser-harness.ts';

const shotsDir = '/tmp/shots';
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 900 };

describeInBrowser('intake pages (screenshots, JavaScript off)', () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchChromium()]);
    await mkdir(shotsDir, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  /**
   * A page with JavaScript off (the flows), or on (only to measure: the pages have no script, so
   * they render the same).
   */
  async function openPage(viewport: { width: number; height: number }, javaScriptEnabled = false): Promise<Page> {
    const context = await browser.newContext({ viewport, javaScriptEnabled, locale: 'zh-CN', deviceScaleFactor: 1 });
    contexts.push(context);
    return context.newPage();
  }

  /** The whole page, and for a long phone page also its parts (a full phone page is too narrow to read when scaled down). */
  async function shoot(page: Page, name: string): Promise<void> {
    const path = `${shotsDir}/intake-${name}.png`;
    await page.screenshot({ path, fullPage: true });
    const viewport = page.viewportSize();
    const height = (await page.locator('body').boundingBox())?.height ?? 0;
    if (viewport === null || viewport.width > 500) return;
    for (let part = 0, y = 0; y < height; part += 1, y += 1000) {
      const clip = { x: 0, y, width: viewport.width, height: Math.min(1000, height - y) };
      await page.screenshot({ path: path.replace('.png', `-part${part + 1}.png`), fullPage: true, clip });
    }
  }

  /** Nothing scrolls sideways, and the base size is the stylesheet's 16 px. */
  async function measure(page: Page, name: string): Promise<void> {
    const measured = await page.evaluate(() => ({ overflow: document.documentElement.scrollWidth - window.innerWidth, fontSize: getComputedStyle(document.documentElement).fontSize }));
    expect(measured.overflow, `${name} scrolls sideways`).toBeLessThanOrEqual(0);
    expect(measured.fontSize).toBe('16px');
  }

  async function fillApplication(page: Page): Promise<void> {
    await page.getByLabel('受理申请的行政机关').selectOption('lcx-zrzy');
    await page.getByLabel('姓名', { exact: true }).fill('张三');
    await page.getByLabel('证件号码').fill(validIdNumber);
    await page.getByLabel('联系电话').fill('13800138000');
    await page.getByLabel('电子邮箱').fill('zhangsan@example.com');
    await page.getByLabel(/所需政府信息的名称/).fill('2024年莲城县城区道路改造工程的立项批复文件');
    await page.getByLabel('电子文本').check();
    await page.getByLabel('电子邮件', { exact: true }).check();
    await page.getByLabel(/视力障碍/).check();
  }

  it('shows the empty form on a phone and a desktop, and a refused submission with its messages', async () => {
    for (const [device, viewport] of [['phone', phone], ['desktop', desktop]] as const) {
      const page = await openPage(viewport, true);
      await page.goto(`${server.baseUrl}/apply`);
      await shoot(page, `apply-${device}`);
      await measure(page, `apply-${device}`);
      await page.goto(`${server.baseUrl}/track`);
      await measure(page, `track-${device}`);
    }
    const page = await openPage(phone);
    await page.goto(`${server.baseUrl}/apply`);
    await page.getByLabel('证件号码').fill('110105194912310021');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('身份证号码校验位不正确，请核对。').first().waitFor({ timeout: 10_000 });
    await shoot(page, 'apply-errors-phone');
  }, 120_000);

  it('submits with an attachment, shows the receipt, tracks the case and takes the correction', async () => {
    const page = await openPage(desktop);
    await page.goto(`${server.baseUrl}/apply`);
    await fillApplication(page);
    await page.getByLabel(/附件（身份证明复印件等/).setInputFiles({ name: '身份证复印件.pdf', mimeType: 'application/pdf', buffer: Buffer.from(samplePdf()) });
    await page.getByLabel(/本人承诺/).check();
    await page.getByRole('button', { name: '提交申请' }).click();
    expect(new URL(page.url()).pathname).toBe('/apply/receipt');
    const trackingNumber = (await page.locator('.receipt-codes code').nth(0).textContent()) ?? '';
    const queryCode = (await page.locator('.receipt-codes code').nth(1).textContent()) ?? '';
    expect(trackingNumber).toMatch(/^YSQ-LCX-ZRZY-\d{4}-\d{5}$/);
    await shoot(page, 'receipt-desktop');
    const [row] = await queryRows<{ id: string; files: number; needs: string }>(
      server.handle.db,
      sql`select id, accessibility_needs as needs, (select count(*)::int from application_files f where f.application_id = a.id) as files from applications a where tracking_number = ${trackingNumber}`,
    );
    expect(row).toMatchObject({ files: 1, needs: '视力障碍' });

    // The office confirms receipt and asks for a correction (the case page's steps, recorded directly here).
    const today = chinaDateOf(new Date());
    const caseDeps = createCaseDeps(server.handle.db, () => new Date());
    const office = { kind: 'applicant', name: '测试', ip: null } as const;
    await recordCaseStep(caseDeps, { actor: office, applicationId: row!.id, event: { kind: 'received', on: today } });
    await recordCaseStep(caseDeps, { actor: office, applicationId: row!.id, event: { kind: 'correctionRequested', on: today, correctBy: '2099-12-31', items: '请写明所需文件的文号或者制作时间' } });

    const applicant = await openPage(phone);
    await applicant.goto(`${server.baseUrl}/track`);
    await shoot(applicant, 'track-phone');
    await applicant.getByLabel('受理编号').fill(trackingNumber.toLowerCase());
    await applicant.getByLabel('查询码').fill(queryCode.replace('-', ''));
    await applicant.getByRole('button', { name: '查询' }).click();
    expect(new URL(applicant.url()).pathname).toBe('/track/status');
    await applicant.getByText('待补正').first().waitFor({ timeout: 10_000 });
    await shoot(applicant, 'status-correction-phone');
    await applicant.getByLabel(/补正后的申请内容/).fill('莲自然资〔2024〕12号文件及其附件');
    await applicant.getByLabel('补充的材料（可不上传）').setInputFiles({ name: '补充说明.png', mimeType: 'image/png', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0, 0x90, 0x77, 0x53, 0xde]) });
    await applicant.getByRole('button', { name: '提交补正' }).click();
    await applicant.getByText('补正已提交').first().waitFor({ timeout: 10_000 });
    await applicant.getByText('办理中').first().waitFor({ timeout: 10_000 });
    await shoot(applicant, 'status-after-correction-phone');
    const events = await queryRows<{ kind: string }>(server.handle.db, sql`select kind from application_events where application_id = ${row!.id} order by seq`);
    expect(events.map((e) => e.kind)).toEqual(['received', 'correctionRequested', 'correctionReceived']);
  }, 120_000);

  it('shows the registration form and its receipt to a registrar', async () => {
    const page = await openPage(desktop);
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill('registrar');
    await page.getByLabel('密码').fill('Lian-Dengji-2025');
    await page.getByRole('button', { name: '登录' }).click();
    await page.goto(`${server.baseUrl}/console/applications/new`);
    await shoot(page, 'register-desktop');
    await fillApplication(page);
    await page.getByRole('button', { name: '登记' }).click();
    await page.getByText('申请已登记').waitFor({ timeout: 10_000 });
    await shoot(page, 'registered-desktop');
  }, 120_000);
});
