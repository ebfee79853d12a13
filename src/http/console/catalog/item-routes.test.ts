/**
 * The console's catalogue over HTTP (app.inject, forms as a browser without JavaScript sends them,
 * multipart where the page uses it): drafting with the body sanitised, 索引号 duplicates, form
 * problems, attachments by content with safe download headers, an upload refused from its
 * Content-Length alone, the three stages by three people, send-back to the author, and the review
 * queue's scope.
 */
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';
import { createTestAccount, createTestAgency } from '../../../../test/factories.ts';
import { queryRows } from '../../../db/database.ts';
import type { Role } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { StaffClient, type ProbeRequest } from '../../api/accounts/administration-test-client.ts';
import { startPublicationTimer } from './publication-timer.ts';

const pdf = new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);

async function multipart(url: string, fields: Record<string, string>, files: { name: string; bytes: Uint8Array }[] = []): Promise<ProbeRequest> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  for (const file of files) form.append('attachments', new Blob([Buffer.from(file.bytes)]), file.name);
  const request = new Request('http://test/', { method: 'POST', body: form as unknown as string });
  return { method: 'POST', url, raw: { contentType: request.headers.get('content-type')!, payload: Buffer.from(await request.arrayBuffer()) } };
}

describeEachApp(
  'the console catalogue',
  (current) => {
    let agency: Agency;
    let other: Agency;
    const clients = new Map<string, StaffClient>();
    const names = new Map<string, string>();
    const db = () => current().handle.db;

    beforeAll(async () => {
      agency = await createTestAgency(db(), { name: '测试县自然资源局', creditCode: '11430321MB1234567X' });
      other = await createTestAgency(db(), { name: '测试县教育局' });
      const people: [string, Role, Agency][] = [
        ['author', 'handler', agency],
        ['author2', 'handler', agency],
        ['r1', 'reviewer', agency],
        ['r2', 'reviewer', agency],
        ['approver', 'approver', agency],
        ['otherReviewer', 'reviewer', other],
      ];
      for (const [key, role, where] of people) {
        const account = await createTestAccount(db(), { agencyId: where.id, mustChangePassword: false }, [role]);
        names.set(key, account.displayName);
        clients.set(key, await StaffClient.signedIn(current().app, db(), account.id, current().clock.now()));
      }
    }, 120_000);

    const as = (key: string) => clients.get(key)!;
    const draft = (overrides: Record<string, string> = {}) => ({
      agencyCode: agency.code,
      kind: 'general',
      title: '关于开展2025年度土地卫片执法检查的通知',
      publisher: agency.name,
      writtenOn: '2025-02-27',
      subjectCode: 'S0501',
      genreCode: 'G0301',
      bodyHtml: '<p onclick="alert(1)">各乡镇人民政府：</p><script>alert(document.cookie)</script><p>现将有关事项通知如下。</p>',
      ...overrides,
    });
    async function createDraft(overrides: Record<string, string> = {}): Promise<string> {
      const response = await as('author').send(await multipart('/console/catalog/new', draft(overrides)));
      expect(response.statusCode, response.body.slice(0, 500)).toBe(303);
      return /\/console\/catalog\/([0-9a-f-]{36})\?done=created/.exec(String(response.headers.location))![1]!;
    }
    const countItems = async () => (await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from info_items where agency_id = ${agency.id}`))[0]!.n;
    const review = (who: string, id: string, stage: string, form: Record<string, string>) => as(who).send({ method: 'POST', url: `/console/catalog/${id}/review/${stage}`, form });

    it('drafts an item from the form with a generated 索引号 and the body sanitised, and lists it with who acts next', async () => {
      const id = await createDraft();
      const page = await as('author').send({ method: 'GET', url: `/console/catalog/${id}?done=created` });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('草稿已保存');
      expect(page.body).toContain('11430321MB1234567X/2025-');
      expect(page.body).toContain('<div class="item-body"><p>各乡镇人民政府：</p><p>现将有关事项通知如下。</p></div>');
      expect(page.body).not.toContain('alert(');
      const list = await as('author').send({ method: 'GET', url: '/console/catalog?status=draft' });
      expect(list.body).toContain('关于开展2025年度土地卫片执法检查的通知');
      expect(list.body).toContain(`起草人（${names.get('author')}）修改后提交审核`);
      expect((await as('author').send({ method: 'GET', url: '/console/catalog?year=2025&kind=general' })).body).toContain('关于开展2025年度土地卫片执法检查的通知');
      expect((await as('author').send({ method: 'GET', url: '/console/catalog?year=2024' })).body).toContain('没有符合条件的信息');
    });

    it('refuses a duplicate 索引号 with 409 and its message, writing nothing', async () => {
      await createDraft({ indexNumber: 'LCX-ZRZY/2019-00077' });
      const before = await countItems();
      const again = await as('author').send(await multipart('/console/catalog/new', draft({ indexNumber: 'LCX-ZRZY/2019-00077', title: '另一条通知' })));
      expect(again.statusCode).toBe(409);
      expect(again.body).toContain('本机关已有索引号为“LCX-ZRZY/2019-00077”的信息，索引号不能重复');
      expect(again.body).toContain('另一条通知');
      expect(await countItems()).toBe(before);
    });

    it('shows the problems of a form beside its fields and keeps what was typed', async () => {
      const before = await countItems();
      const response = await as('author').send(await multipart('/console/catalog/new', draft({ title: '', writtenOn: '2025-02-30', subjectCode: 'S99', bodyHtml: '长正文'.repeat(400) })));
      expect(response.statusCode).toBe(422);
      for (const message of ['请填写标题。', '成文日期不是有效的日期', '主题分类“S99”不存在']) expect(response.body).toContain(message);
      expect(response.body).toContain('长正文'.repeat(400));
      expect(await countItems()).toBe(before);
    });

    it('takes attachments by their content and serves them as downloads with safe headers', async () => {
      const id = await createDraft();
      const wrong = await as('author').send(await multipart(`/console/catalog/${id}/attachments`, {}, [{ name: '批复.pdf', bytes: png }]));
      expect(wrong.statusCode).toBe(422);
      expect(wrong.body).toContain('文件内容与扩展名不符：“批复.pdf”的内容是 PNG 文件');
      const ok = await as('author').send(await multipart(`/console/catalog/${id}/attachments`, {}, [{ name: '关于土地卫片的批复.pdf', bytes: pdf }]));
      expect(ok.statusCode).toBe(303);
      const page = await as('r1').send({ method: 'GET', url: `/console/catalog/${id}` });
      const href = /href="(\/console\/catalog\/[0-9a-f-]+\/attachments\/[0-9a-f-]+)"/.exec(page.body)![1]!;
      const download = await as('r1').send({ method: 'GET', url: href });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toMatch(/^attachment; filename="[A-Za-z0-9._-]+\.pdf"; filename\*=UTF-8''%E5%85%B3%E4%BA%8E/);
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      expect(download.rawPayload).toEqual(Buffer.from(pdf));
      expect(await as('otherReviewer').send({ method: 'GET', url: href }).then((r) => r.statusCode)).toBe(403);
    });

    it('refuses an upload declared at 200 MB from its Content-Length, before reading the body', async () => {
      const { app } = current();
      await app.listen({ host: '127.0.0.1', port: 0 });
      const { port } = app.server.address() as AddressInfo;
      const answer = await new Promise<{ status: number; body: string; sent: number }>((resolve, reject) => {
        const declared = 200 * 1024 * 1024;
        const request = httpRequest({ host: '127.0.0.1', port, method: 'POST', path: '/console/catalog/00000000-0000-4000-8000-000000000000/attachments', headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': declared } });
        let sent = 0;
        request.on('response', (response) => {
          let body = '';
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => (body += chunk));
          response.on('end', () => {
            resolve({ status: response.statusCode ?? 0, body, sent });
            request.destroy();
          });
        });
        request.on('error', reject);
        const chunk = Buffer.alloc(64 * 1024, 0x61);
        sent += chunk.length;
        request.write(chunk);
      });
      expect(answer.status).toBe(413);
      expect(answer.body).toContain('上传的内容过大：一次提交不能超过 60 MB');
      expect(answer.sent).toBeLessThan(1024 * 1024);
    });

    it('takes a draft through 初审, 复审 and 终审 by three people, and refuses one person at two stages', async () => {
      const id = await createDraft({ title: '莲城县2025年度国土空间规划实施情况的公告' });
      expect((await as('author').send({ method: 'POST', url: `/console/catalog/${id}/submit`, form: {} })).headers.location).toBe(`/console/catalog/${id}?done=submitted`);
      expect((await review('r1', id, 'first', { decision: 'approve', comment: '' })).statusCode).toBe(303);
      const twice = await review('r1', id, 'second', { decision: 'approve', comment: '' });
      expect(twice.statusCode).toBe(409);
      expect(twice.body).toContain('您已在本轮审核中进行了初审，同一人不能审核两个阶段。请由本机关的另一位审核人进行复审。');
      expect((await as('r1').send({ method: 'GET', url: `/console/catalog/${id}` })).body).toContain('您不能进行复审');
      expect((await review('r2', id, 'second', { decision: 'approve', comment: '同意' })).statusCode).toBe(303);
      const final = await review('approver', id, 'final', { decision: 'approve', comment: '', publishAt: '' });
      expect(final.headers.location).toBe(`/console/catalog/${id}?done=published`);
      const page = await as('approver').send({ method: 'GET', url: String(final.headers.location) });
      expect(page.body).toContain('终审通过，信息已发布到门户网站');
      expect(page.body).toContain(`/agencies/${agency.code}/items/11430321MB1234567X%2F2025-`);
      const [row] = await queryRows<{ status: string }>(db(), sql`select status from info_items where id = ${id}`);
      expect(row!.status).toBe('published');
      // Withdrawal keeps the item and its history, with the reason.
      expect((await as('approver').send({ method: 'POST', url: `/console/catalog/${id}/withdraw`, form: { reason: ' ' } })).statusCode).toBe(422);
      expect((await as('approver').send({ method: 'POST', url: `/console/catalog/${id}/withdraw`, form: { reason: '规划数据有误，更正后重新发布。' } })).headers.location).toBe(`/console/catalog/${id}?done=withdrawn`);
      const withdrawn = await as('author').send({ method: 'GET', url: `/console/catalog/${id}` });
      expect(withdrawn.body).toContain('已撤回');
      expect(withdrawn.body).toContain('撤回理由：规划数据有误，更正后重新发布。');
      expect(withdrawn.body).toContain('终审通过，发布');
    });

    it('schedules the publication chosen at 终审, and the timer publishes the item when the time comes', async () => {
      const { clock, handle } = current();
      const id = await createDraft({ title: '关于春节期间不动产登记窗口安排的公告' });
      await as('author').send({ method: 'POST', url: `/console/catalog/${id}/submit`, form: {} });
      await review('r1', id, 'first', { decision: 'approve', comment: '' });
      await review('r2', id, 'second', { decision: 'approve', comment: '' });
      const impossible = await review('approver', id, 'final', { decision: 'approve', comment: '', publishAt: '2025-02-30T08:30' });
      expect(impossible.statusCode).toBe(422);
      expect(impossible.body).toContain('发布时间不是有效的日期和时间');
      // The test clock stands at 2025-03-03 09:00 in China.
      const final = await review('approver', id, 'final', { decision: 'approve', comment: '', publishAt: '2025-03-04T08:30' });
      expect(final.headers.location).toBe(`/console/catalog/${id}?done=scheduled`);
      expect((await as('author').send({ method: 'GET', url: `/console/catalog/${id}` })).body).toContain('将于 2025-03-04 08:30 自动发布');
      const timer = startPublicationTimer({ handle, now: clock.now }, { firstRunAfterMs: 3_600_000, everyMs: 3_600_000 });
      try {
        expect((await timer.runNow())?.map((item) => item.id)).toEqual([]);
        clock.advance(24 * 3_600_000);
        expect((await timer.runNow())?.map((item) => item.id)).toEqual([id]);
      } finally {
        clock.advance(-24 * 3_600_000);
        timer.stop();
      }
      const page = await as('author').send({ method: 'GET', url: `/console/catalog/${id}` });
      expect(page.body).toContain('到达定时发布时间，自动发布');
      expect(page.body).toContain('2025年3月4日');
    });

    it('sends an item back to its author only with a comment; the author alone edits it, and sees the comment', async () => {
      const id = await createDraft({ title: '关于征求意见的公告' });
      await as('author').send({ method: 'POST', url: `/console/catalog/${id}/submit`, form: {} });
      const bare = await review('r1', id, 'first', { decision: 'sendBack', comment: '  ' });
      expect(bare.statusCode).toBe(422);
      expect(bare.body).toContain('退回时请填写退回意见');
      expect((await review('r1', id, 'first', { decision: 'sendBack', comment: '请补充征求意见的截止日期。' })).headers.location).toBe(`/console/catalog/${id}?done=sentBack`);
      const queue = await as('author').send({ method: 'GET', url: '/console/catalog/reviews' });
      expect(queue.body).toContain('退回给我修改的草稿');
      expect(queue.body).toContain('请补充征求意见的截止日期。');
      expect((await as('r1').send(await multipart(`/console/catalog/${id}`, draft()))).statusCode).toBe(403);
      const notAuthor = await as('author2').send(await multipart(`/console/catalog/${id}`, draft()));
      expect(notAuthor.statusCode).toBe(409);
      expect(notAuthor.body).toContain('只有本条信息的起草人才能修改');
      const edited = await as('author').send(await multipart(`/console/catalog/${id}`, draft({ title: '关于征求意见的公告（截止日期：3月31日）' })));
      expect(edited.headers.location).toBe(`/console/catalog/${id}?done=saved`);
    });

    it('lists for a reviewer only what waits in their own agencies', async () => {
      const id = await createDraft({ title: '只在本局待审的通知' });
      await as('author').send({ method: 'POST', url: `/console/catalog/${id}/submit`, form: {} });
      expect((await as('r1').send({ method: 'GET', url: '/console/catalog/reviews' })).body).toContain('只在本局待审的通知');
      const elsewhere = await as('otherReviewer').send({ method: 'GET', url: '/console/catalog/reviews' });
      expect(elsewhere.statusCode).toBe(200);
      expect(elsewhere.body).not.toContain('只在本局待审的通知');
      expect((await as('otherReviewer').send({ method: 'GET', url: `/console/catalog/${id}` })).statusCode).toBe(403);
    });

    it('answers 404 for an item that does not exist or an id that is not one', async () => {
      expect((await as('r1').send({ method: 'GET', url: '/console/catalog/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
      expect((await as('r1').send({ method: 'GET', url: "/console/catalog/1'%20or%201=1" })).statusCode).toBe(404);
    });
  },
  ['pglite'],
  { seedDemo: false },
);
