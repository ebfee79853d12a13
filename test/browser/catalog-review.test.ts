/**
 * 三审制 in a real browser with JavaScript OFF, on the demo county: `handler` drafts an item with an
 * attachment and submits it; `reviewer` passes 初审 and is then refused 复审 (the page says why,
 * and a POST of the 复审 form is refused with the message); `reviewer-2` passes 复审; `approver`
 * passes 终审 and the item is published at its permanent URL. A second item sent back at 复审
 * returns to its author as a draft, with the comment. Screenshots of the list, the item page and
 * the review form go to /tmp/shots/items/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeInBrowser, launchChromium, startServer, type RunningServer } from './browser-harness.ts';

const shotsDir = '/tmp/shots/items';
const desktop = { width: 1280, height: 900 };
const pdf = Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n', 'latin1');

const people = {
  handler: 'Lian-Chengban-2025',
  reviewer: 'Lian-Shenhe-2025',
  'reviewer-2': 'Lian-Fushen-2025',
  approver: 'Lian-Qianfa-2025',
} as const;

describeInBrowser('三审制 from draft to the portal, with JavaScript off', () => {
  let browser: Browser;
  let server: RunningServer;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium();
    await mkdir(shotsDir, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    for (const context of sessions.values()) await context.close();
    await browser?.close();
    await server?.close();
  });

  const sessions = new Map<string, BrowserContext>();

  /** A page of `username`'s browser, signed in once per test file (sign-in hashes the password: slow). */
  async function signedIn(username: keyof typeof people): Promise<{ context: BrowserContext; page: Page }> {
    const known = sessions.get(username);
    if (known !== undefined) return { context: known, page: await known.newPage() };
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: desktop });
    const page = await context.newPage();
    await page.goto(`${server.baseUrl}/login`);
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(people[username]);
    await page.getByRole('button', { name: '登录' }).click();
    expect(new URL(page.url()).pathname).toBe('/console');
    sessions.set(username, context);
    return { context, page };
  }

  /** Drafts and submits an item as `handler`; returns its console URL and 索引号. */
  async function draftAndSubmit(title: string, withAttachment: boolean): Promise<{ url: string; indexNumber: string }> {
    const { page } = await signedIn('handler');
    await page.goto(`${server.baseUrl}/console/catalog/new`);
    await page.locator('#item-title').fill(title);
    await page.locator('#item-documentNumber').fill('莲自然资发〔2026〕7号');
    await page.locator('#item-subjectCode').selectOption('S0501');
    await page.locator('#item-genreCode').selectOption('G0301');
    await page.locator('#item-bodyHtml').fill('各乡镇人民政府、县直有关单位：\n现将有关事项通知如下。\n<script>alert(1)</script>');
    if (withAttachment) await page.screenshot({ path: `${shotsDir}/new-item.png`, fullPage: true });
    await page.getByRole('button', { name: '保存草稿' }).click();
    expect(await page.textContent('.notice-success')).toContain('草稿已保存');
    const indexNumber = (await page.locator('.detail-list dd').first().textContent())!.trim();
    expect(indexNumber).toMatch(/^[0-9A-Z]{18}\/\d{4}-\d{5}$/);
    expect(await page.locator('.item-body').innerHTML()).toBe('<p>各乡镇人民政府、县直有关单位：</p><p>现将有关事项通知如下。</p>');
    if (withAttachment) {
      await page.locator('#attachments').setInputFiles({ name: '卫片图斑清单.pdf', mimeType: 'application/pdf', buffer: pdf });
      await page.getByRole('button', { name: '上传所选文件' }).click();
      expect(await page.textContent('.notice-success')).toContain('附件已上传');
      expect(await page.textContent('.file-list')).toContain('卫片图斑清单.pdf');
      await page.screenshot({ path: `${shotsDir}/item-draft.png`, fullPage: true });
    }
    await page.getByRole('button', { name: '提交审核' }).click();
    expect(await page.textContent('.notice-success')).toContain('已提交审核');
    const url = page.url().replace(/\?.*$/, '');
    await page.close();
    return { url, indexNumber };
  }

  /** Opens the item (through 待我审核 when its title is given) and decides the stage it waits at. */
  async function decide(username: keyof typeof people, url: string, decision: '同意' | '退回起草人修改', comment = '', options: { shot?: string; title?: string } = {}): Promise<Page> {
    const { page } = await signedIn(username);
    if (options.title === undefined) await page.goto(url);
    else {
      await page.goto(`${server.baseUrl}/console/catalog/reviews`);
      await page.getByRole('link', { name: options.title }).first().click();
      expect(page.url()).toBe(url);
    }
    await page.getByLabel(decision, { exact: false }).check();
    if (comment !== '') await page.locator('.review-form textarea[name="comment"]').fill(comment);
    if (options.shot !== undefined) await page.screenshot({ path: `${shotsDir}/${options.shot}.png`, fullPage: true });
    await page.locator('.review-form button[type="submit"]').click();
    return page;
  }

  it('passes 初审, 复审 and 终审 by three people, refuses one person twice, and publishes at the permanent URL', async () => {
    const title = '关于开展2026年度土地卫片执法检查工作的通知';
    const { url, indexNumber } = await draftAndSubmit(title, true);

    const first = await decide('reviewer', url, '同意', '', { shot: 'review-form', title });
    expect(await first.textContent('.notice-success')).toContain('初审通过');

    // The same reviewer at 复审: the page says why not, and the form posted anyway is refused.
    await first.goto(url);
    expect(await first.textContent('.review-blocked')).toContain('您已在本轮审核中进行了初审，同一人不能审核两个阶段');
    expect(await first.locator('.review-form').count()).toBe(0);
    const csrf = await first.locator('input[name="_csrf"]').first().getAttribute('value');
    const refused = await first.request.post(`${url}/review/second`, { form: { _csrf: csrf!, decision: 'approve', comment: '' }, maxRedirects: 0 });
    expect(refused.status()).toBe(409);
    expect(await refused.text()).toContain('请由本机关的另一位审核人进行复审');
    await first.close();

    const second = await decide('reviewer-2', url, '同意');
    expect(await second.textContent('.notice-success')).toContain('复审通过');
    await second.close();

    const final = await decide('approver', url, '同意');
    expect(await final.textContent('.notice-success')).toContain('终审通过，信息已发布');
    expect(await final.textContent('h1')).toContain('已发布');
    const history = await final.textContent('.case-history');
    for (const step of ['提交审核', '初审通过', '复审通过', '终审通过，发布']) expect(history).toContain(step);
    await final.screenshot({ path: `${shotsDir}/item-published.png`, fullPage: true });
    await final.goto(`${server.baseUrl}/console/catalog`);
    await final.screenshot({ path: `${shotsDir}/catalog-list.png`, fullPage: true });
    await final.close();

    // The portal: the permanent URL, for anyone.
    const visitor = await browser.newContext({ javaScriptEnabled: false, locale: 'zh-CN', viewport: desktop });
    const portal = await visitor.newPage();
    const response = await portal.goto(`${server.baseUrl}/agencies/lcx-zrzy/items/${encodeURIComponent(indexNumber)}`);
    expect(response?.status()).toBe(200);
    expect(await portal.textContent('body')).toContain(title);
    await visitor.close();
  }, 180_000);

  it('returns an item sent back at 复审 to its author as a draft, with the comment', async () => {
    const { url } = await draftAndSubmit('关于公开征求《莲城县城区控制性详细规划》意见的公告', false);
    await (await decide('reviewer', url, '同意')).close();
    const back = await decide('reviewer-2', url, '退回起草人修改', '请写明征求意见的截止日期和反馈方式。');
    expect(await back.textContent('.notice-success')).toContain('已退回起草人修改');
    await back.close();

    const { page } = await signedIn('handler');
    await page.goto(`${server.baseUrl}/console/catalog/reviews`);
    expect(await page.textContent('main')).toContain('请写明征求意见的截止日期和反馈方式。');
    await page.screenshot({ path: `${shotsDir}/my-queue.png`, fullPage: true });
    await page.getByRole('link', { name: '关于公开征求《莲城县城区控制性详细规划》意见的公告' }).click();
    expect(await page.textContent('h1')).toContain('草稿');
    expect(await page.textContent('.case-history')).toContain('退回意见：请写明征求意见的截止日期和反馈方式。');
    expect(await page.getByRole('button', { name: '提交审核' }).count()).toBe(1);
    await page.close();
  }, 180_000);
});
