/**
 * The routes of registerCatalogPortalRoutes over HTTP (PGlite, one app, its own agencies and items):
 * browsing with filters and counts, paging, the item page at its permanent URL (encoded `/`),
 * withdrawn and unknown items, attachment downloads, feeds, sitemap and the generated 指南; and the
 * console's 目录设置 (the 索引号 preview computed on the server, saved with an audit entry) and
 * 分类管理 (deletion refused while items use a node), with JavaScript off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createTestAgency } from '../../../../test/factories.ts';
import { createAccountWithPassword, describeEachApp, type TestApp, type TestBrowser } from '../../../../test/http-harness.ts';
import { findCatalogSettings } from '../../../db/repositories/catalog-settings.ts';
import { listClassifications } from '../../../db/repositories/classifications.ts';
import { indexSequences } from '../../../db/schema/catalog.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { itemPath } from '../../../use-cases/catalog/portal/item-url.ts';
import { addTestAttachment, addTestRegisterEvent, createTestItem, type TestItem } from './catalog-test-data.ts';

interface World {
  county: Agency;
  finance: Agency;
  school: Agency;
  paged: Agency;
  norm: TestItem;
  amending: TestItem;
  interpretation: TestItem;
  notice: TestItem;
  withdrawn: TestItem;
  draft: TestItem;
  scheduled: TestItem;
  attachment: { id: string; sha256: string };
}

const password = 'Settings-Pass-2025!';
const pdf = new TextEncoder().encode('%PDF-1.4\n% 测试附件\n');

async function buildWorld(app: TestApp): Promise<World> {
  const db = app.handle.db;
  const county = await createTestAgency(db, { kind: 'government', name: '测试县人民政府', code: 'tcx' });
  const finance = await createTestAgency(db, { parentId: county.id, name: '测试县财政局', code: 'tcx-czj', address: '测试县财政路8号', phone: '0739-5200808', hours: '工作日 8:00—17:00' });
  const school = await createTestAgency(db, { parentId: county.id, name: '测试县教育局', code: 'tcx-jyj' });
  const paged = await createTestAgency(db, { parentId: county.id, name: '测试县统计局', code: 'tcx-tjj' });
  const norm = await createTestItem(db, {
    agencyId: finance.id,
    indexNumber: '11439900MB0000000X/2025-00001',
    kind: 'normativeDocument',
    title: '测试县财政专项资金管理办法',
    publisher: '测试县财政局',
    documentNumber: '测财发〔2025〕1号',
    writtenOn: '2025-02-25',
    publishedOn: '2025-03-01',
    subjectCode: 'S0401',
    genreCode: 'G02',
    validity: 'amended',
    validFrom: '2025-04-01',
    validUntil: '2030-03-31',
    bodyHtml: '<h2>第一章 总则</h2><p>第一条 为规范<strong>专项资金</strong>管理，制定本办法。</p>',
  });
  const amending = await createTestItem(db, { agencyId: finance.id, indexNumber: '11439900MB0000000X/2025-00002', kind: 'normativeDocument', title: '关于修改专项资金管理办法的决定', documentNumber: '测财发〔2025〕9号', publishedOn: '2025-06-01', subjectCode: 'S0401', genreCode: 'G02', validity: 'inForce' });
  await addTestRegisterEvent(db, norm, { event: 'issued', effectiveOn: '2025-04-01' });
  await addTestRegisterEvent(db, norm, { event: 'amended', effectiveOn: '2025-06-01', relatedItemId: amending.id });
  const interpretation = await createTestItem(db, { agencyId: finance.id, kind: 'interpretation', title: '《测试县财政专项资金管理办法》政策解读', publishedOn: '2025-03-02', subjectCode: 'S0401', genreCode: 'G04', interpretsItemId: norm.id });
  const notice = await createTestItem(db, { agencyId: finance.id, title: '关于<b>2024年</b>决算公开的通知', publishedOn: '2024-06-01', subjectCode: 'S0402', genreCode: 'G0301' });
  const attachment = await addTestAttachment(db, notice, { fileName: '2024年决算表 (终).pdf', mediaType: 'application/pdf', content: pdf });
  const withdrawn = await createTestItem(db, { agencyId: finance.id, status: 'withdrawn', title: '已撤回的旧通知', publishedOn: '2025-01-10', withdrawnAt: new Date('2025-02-10T03:00:00Z') });
  await addTestAttachment(db, withdrawn, { fileName: 'old.pdf', mediaType: 'application/pdf', content: pdf });
  const draft = await createTestItem(db, { agencyId: finance.id, status: 'draft', title: '尚未发布的草稿' });
  const scheduled = await createTestItem(db, { agencyId: finance.id, status: 'scheduled', title: '定时发布的信息', publishedOn: null });
  await createTestItem(db, { agencyId: school.id, title: '2025年秋季学期招生公告', publishedOn: '2025-05-20', subjectCode: 'S1102', genreCode: 'G0302' });
  for (let i = 1; i <= 22; i += 1) {
    await createTestItem(db, { agencyId: paged.id, title: `统计月报第${i}期`, publishedOn: `2025-01-${String(i).padStart(2, '0')}`, subjectCode: 'S0302', genreCode: 'G08' });
  }
  return { county, finance, school, paged, norm, amending, interpretation, notice, withdrawn, draft, scheduled, attachment };
}

describeEachApp(
  'the public catalogue',
  (current) => {
    let world: World;
    beforeAll(async () => {
      world = await buildWorld(current());
    }, 60_000);
    const get = async (url: string, headers: Record<string, string> = {}) => {
      const response = await current().app.inject({ method: 'GET', url, headers: { host: 'gk.example.cn', ...headers } });
      // 索引号 may break after each `/` (<wbr/>); the assertions read the text without the break points.
      return Object.assign(response, { body: response.body.replaceAll('<wbr/>', '') });
    };

    describe('browsing', () => {
      it('lists every agency’s published items newest first, never drafts, scheduled or withdrawn ones', async () => {
        const page = await get('/catalog');
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('共 27 条');
        const titles = ['关于修改专项资金管理办法的决定', '2025年秋季学期招生公告', '《测试县财政专项资金管理办法》政策解读'];
        const positions = titles.map((t) => page.body.indexOf(t));
        expect(positions.every((p) => p > 0)).toBe(true);
        expect([...positions].sort((a, b) => a - b)).toEqual(positions);
        for (const hidden of ['尚未发布的草稿', '定时发布的信息', '已撤回的旧通知']) expect(page.body).not.toContain(hidden);
        expect(page.body).toContain(`href="${itemPath('tcx-czj', '11439900MB0000000X/2025-00002')}"`);
        expect(page.body).toContain('11439900MB0000000X%2F2025-00002');
      });

      it('counts the items behind each filter value, under the other filters', async () => {
        const page = await get('/catalog?year=2025');
        expect(page.body).toContain('财政、金融、审计（3）');
        expect(page.body).toContain('测试县财政局（3）');
        // The year's own counts are not narrowed by the chosen year.
        expect(page.body).toContain('2024年（1）');
        expect(page.body).toContain('2025年（26）');
        expect(page.body).toContain('行政规范性文件（2）');
      });

      it('filters by a subject with everything under it, by genre, year, kind and agency', async () => {
        const bySubject = await get('/catalog?subject=S04');
        expect(bySubject.body).toContain('共 4 条');
        expect(bySubject.body).toContain('决算公开的通知');
        const combined = await get('/catalog?agency=tcx-czj&genre=G02&year=2025&kind=normativeDocument');
        expect(combined.body).toContain('共 2 条');
        expect(combined.body).not.toContain('政策解读</a>');
        const school = await get('/agencies/tcx-jyj/catalog');
        expect(school.body).toContain('测试县教育局政府信息公开目录');
        expect(school.body).toContain('共 1 条');
        expect(school.body).not.toContain('专项资金');
      });

      it('pages twenty items at a time', async () => {
        const first = await get('/agencies/tcx-tjj/catalog');
        expect(first.body).toContain('第 1 / 2 页');
        expect(first.body).toContain('统计月报第22期');
        expect(first.body).not.toContain('统计月报第2期<');
        expect(first.body).toContain('href="/agencies/tcx-tjj/catalog?page=2"');
        const second = await get('/agencies/tcx-tjj/catalog?page=2');
        expect(second.body).toContain('统计月报第1期<');
        expect(second.body).toContain('统计月报第2期<');
        expect(second.body).not.toContain('统计月报第3期<');
      });

      it('refuses malformed or unknown filters with a Chinese message, and unknown agencies with 404', async () => {
        const malformed = await get(`/catalog?subject=${encodeURIComponent("S01' or 1=1")}&year=abcd`);
        expect(malformed.statusCode).toBe(422);
        expect(malformed.body).toContain('主题分类的代码格式不正确');
        expect(malformed.body).toContain('年度应为四位数字');
        const unknown = await get('/catalog?genre=G99');
        expect(unknown.statusCode).toBe(422);
        expect(unknown.body).toContain('没有这个体裁分类');
        expect((await get('/agencies/no-such/catalog')).statusCode).toBe(404);
      });
    });

    describe('item pages', () => {
      it('shows the metadata block, the sanitised body, validity with the amendment and the interpretation', async () => {
        const page = await get(itemPath('tcx-czj', world.norm.indexNumber));
        expect(page.statusCode).toBe(200);
        for (const text of ['11439900MB0000000X/2025-00001', '测财发〔2025〕1号', '2025年2月25日', '2025年3月1日', '财政、金融、审计 › 财政', '行政规范性文件', '已修改', '有效期自2025年4月1日起至2030年3月31日止']) {
          expect(page.body).toContain(text);
        }
        expect(page.body).toContain('<p>第一条 为规范<strong>专项资金</strong>管理，制定本办法。</p>');
        expect(page.body).toContain(`2025年6月1日修改，依据 <a href="${itemPath('tcx-czj', world.amending.indexNumber)}">`);
        expect(page.body).toContain(`href="${itemPath('tcx-czj', world.interpretation.indexNumber)}"`);
        const interpretation = await get(itemPath('tcx-czj', world.interpretation.indexNumber));
        expect(interpretation.body).toContain('本解读所解读的文件');
        expect(interpretation.body).toContain(`href="${itemPath('tcx-czj', world.norm.indexNumber)}"`);
        const amending = await get(itemPath('tcx-czj', world.amending.indexNumber));
        expect(amending.body).toContain('本文件修改或废止的文件');
      });

      it('escapes the title and lists the attachments', async () => {
        const page = await get(itemPath('tcx-czj', world.notice.indexNumber));
        expect(page.body).toContain('关于&lt;b>2024年&lt;/b>决算公开的通知');
        expect(page.body).toContain(`${itemPath('tcx-czj', world.notice.indexNumber)}/attachments/${world.attachment.id}`);
        expect(page.body).toContain('2024年决算表 (终).pdf');
      });

      it('sends an address typed with an unencoded / on to the permanent URL', async () => {
        const response = await get(`/agencies/tcx-czj/items/${world.norm.indexNumber}`);
        expect(response.statusCode).toBe(301);
        expect(response.headers.location).toBe(itemPath('tcx-czj', world.norm.indexNumber));
        const file = await get(`/agencies/tcx-czj/items/${world.notice.indexNumber}/attachments/${world.attachment.id}`);
        expect(file.statusCode).toBe(301);
        expect((await get('/agencies/tcx-czj/items/NO/SUCH-1')).statusCode).toBe(404);
      });

      it('answers 410 for a withdrawn item with the date and without its body or files, 404 for unknown ones', async () => {
        const gone = await get(itemPath('tcx-czj', world.withdrawn.indexNumber));
        expect(gone.statusCode).toBe(410);
        expect(gone.body).toContain('本信息已于2025年2月10日撤回');
        expect(gone.body).toContain(world.withdrawn.indexNumber);
        expect(gone.body).not.toContain('测试正文');
        for (const item of [world.draft, world.scheduled]) expect((await get(itemPath('tcx-czj', item.indexNumber))).statusCode).toBe(404);
        expect((await get(itemPath('tcx-jyj', world.norm.indexNumber))).statusCode).toBe(404);
        const unknown = await get(itemPath('tcx-czj', 'X/9999'));
        expect(unknown.statusCode).toBe(404);
        expect(unknown.body).toContain('没有找到这条政府信息');
      });

      it('serves an attachment with safe headers and its checksum as ETag', async () => {
        const url = `${itemPath('tcx-czj', world.notice.indexNumber)}/attachments/${world.attachment.id}`;
        const file = await get(url);
        expect(file.statusCode).toBe(200);
        expect(file.headers['content-type']).toBe('application/pdf');
        expect(file.headers['content-disposition']).toBe(`attachment; filename="2024____ (_).pdf"; filename*=UTF-8''2024%E5%B9%B4%E5%86%B3%E7%AE%97%E8%A1%A8%20%28%E7%BB%88%29.pdf`);
        expect(file.headers['x-content-type-options']).toBe('nosniff');
        expect(file.headers['content-security-policy']).toBe('sandbox');
        expect(file.headers['etag']).toBe(`"${world.attachment.sha256}"`);
        expect(file.rawPayload.equals(Buffer.from(pdf))).toBe(true);
        const again = await get(url, { 'if-none-match': `"${world.attachment.sha256}"` });
        expect(again.statusCode).toBe(304);
        expect(again.body).toBe('');
      });

      it('refuses attachments of withdrawn items and of other items', async () => {
        const [withdrawnFile] = await current().handle.db.query.infoItemAttachments.findMany({ where: (a, { eq }) => eq(a.itemId, world.withdrawn.id) });
        expect((await get(`${itemPath('tcx-czj', world.withdrawn.indexNumber)}/attachments/${withdrawnFile!.id}`)).statusCode).toBe(404);
        expect((await get(`${itemPath('tcx-czj', world.norm.indexNumber)}/attachments/${world.attachment.id}`)).statusCode).toBe(404);
        expect((await get(`${itemPath('tcx-czj', world.notice.indexNumber)}/attachments/not-a-uuid`)).statusCode).toBe(404);
      });
    });

    describe('feeds, sitemap and guide', () => {
      it('publishes the latest items as Atom and RSS, for all agencies or one', async () => {
        const atom = await get('/feeds/catalog.atom');
        expect(atom.statusCode).toBe(200);
        expect(atom.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
        expect(atom.body).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
        expect(atom.body.match(/<entry>/g)?.length).toBe(27);
        expect(atom.body).toContain(`http://gk.example.cn${itemPath('tcx-czj', world.norm.indexNumber)}`);
        expect(atom.body).not.toContain('尚未发布的草稿');
        // Titles are text: markup in one is escaped, not passed to feed readers as HTML.
        expect(atom.body).toContain('关于&lt;b&gt;2024年&lt;/b&gt;决算公开的通知');
        const rss = await get('/feeds/catalog.rss?agency=tcx-jyj');
        expect(rss.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
        expect(rss.body.match(/<item>/g)?.length).toBe(1);
        expect(rss.body).toContain('2025年秋季学期招生公告');
        expect((await get('/feeds/catalog.rss?agency=no-such')).statusCode).toBe(404);
      });

      it('lists the portal pages and every published item in the sitemap', async () => {
        const sitemap = await get('/sitemap.xml');
        expect(sitemap.statusCode).toBe(200);
        expect(sitemap.headers['content-type']).toBe('application/xml; charset=utf-8');
        expect(sitemap.body).toContain('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">');
        expect(sitemap.body).toContain('<loc>http://gk.example.cn/guide</loc>');
        expect(sitemap.body).toContain('<loc>http://gk.example.cn/agencies/tcx-czj/catalog</loc>');
        expect(sitemap.body).toContain(`<loc>http://gk.example.cn${itemPath('tcx-czj', world.norm.indexNumber)}</loc><lastmod>`);
        expect(sitemap.body.match(/\/items\//g)?.length).toBe(27);
        expect((await get('/sitemap.xml?page=2')).statusCode).toBe(404);
      });

      it('generates the guide from the office data and the catalogue, with counts linked to the catalogue', async () => {
        const guide = await get('/agencies/tcx-czj/guide');
        expect(guide.statusCode).toBe(200);
        for (const text of ['测试县财政局政府信息公开指南', '测试县财政路8号', '0739-5200808', '工作日 8:00—17:00', '共收录主动公开的政府信息 <strong>4</strong> 条', '行政规范性文件2条', '国办函〔2020〕109号', '31—100页的部分每页10元', '20个工作日内予以公开']) {
          expect(guide.body).toContain(text);
        }
        expect(guide.body).toContain('<a href="/agencies/tcx-czj/catalog?subject=S04">财政、金融、审计</a>');
        expect(guide.body).toContain('（4条）');
        expect(guide.body).not.toContain('建设中');
        const county = await get('/guide');
        expect(county.body).toContain('测试县人民政府政府信息公开指南');
        expect(county.body).toContain('本平台目前尚未收录本机关主动公开的信息');
      });
    });
    describe('console settings', () => {
      let deptA: Agency;
      let deptB: Agency;
      let admin: TestBrowser;
      let system: TestBrowser;

      beforeAll(async () => {
        const { handle } = current();
        deptA = await createTestAgency(handle.db, { parentId: world.county.id, name: '设置县甲局', code: 'szx-ja', creditCode: '11439900MB0000000X' });
        deptB = await createTestAgency(handle.db, { parentId: world.county.id, name: '设置县乙局', code: 'szx-yi' });
        await handle.db.insert(indexSequences).values({ agencyId: deptA.id, year: 2025, lastValue: 41 });
        const adminAccount = await createAccountWithPassword(handle, { password, roles: ['agencyAdmin'], agencyId: deptA.id });
        const systemAccount = await createAccountWithPassword(handle, { password, roles: ['systemAdmin'], agencyId: world.county.id });
        admin = current().browser();
        await admin.signIn(adminAccount.username, password);
        system = current().browser();
        await system.signIn(systemAccount.username, password);
      }, 60_000);

      describe('目录设置', () => {
        it('shows the default pattern with the next 索引号 of the year', async () => {
          const page = await admin.get('/console/catalog/settings');
          expect(page.statusCode).toBe(200);
          expect(page.body).toContain('设置县甲局');
          expect(page.body).toContain('value="{creditCode}/{year}-{seq:5}"');
          expect(page.body.replaceAll('<wbr/>', '')).toContain('<code>11439900MB0000000X/2025-00042</code>');
          expect(page.body).toContain('2025年本机关已编到第 41 号');
        });

        it('previews a new pattern without saving it, then saves it with an audit entry', async () => {
          await admin.get('/console/catalog/settings?agency=szx-ja');
          const form = { agencyCode: 'szx-ja', indexPattern: '{agencyCode}-{year}-{genre}-{seq:4}', interpretationDueWorkingDays: '5' };
          const preview = await admin.postForm('/console/catalog/settings', { ...form, intent: 'preview' });
          expect(preview.statusCode).toBe(200);
          expect(preview.body).toContain('<code>szx-ja-2025-G0301-0042</code>');
          expect(preview.body).toContain('设置尚未保存');
          expect(await findCatalogSettings(current().handle.db, deptA.id)).toBeNull();
          const saved = await admin.postForm('/console/catalog/settings', { ...form, intent: 'save' });
          expect(saved.statusCode).toBe(303);
          expect(saved.headers.location).toBe('/console/catalog/settings?agency=szx-ja&done=saved');
          const stored = await findCatalogSettings(current().handle.db, deptA.id);
          expect(stored).toMatchObject({ indexPattern: '{agencyCode}-{year}-{genre}-{seq:4}', interpretationDueWorkingDays: 5 });
          const audit = await current().handle.db.query.auditLog.findMany({ where: (a, { eq }) => eq(a.action, 'catalog.settingsUpdate') });
          expect(audit).toHaveLength(1);
          expect(audit[0]?.details).toMatchObject({ indexPattern: '{agencyCode}-{year}-{genre}-{seq:4}', interpretationDueWorkingDays: 5, previous: null });
          expect((await admin.get(String(saved.headers.location))).body).toContain('设置已保存');
        });

        it('refuses a pattern that could repeat numbers, and a bad period, changing nothing', async () => {
          await admin.get('/console/catalog/settings');
          const cases: [Record<string, string>, string][] = [
            [{ indexPattern: '{creditCode}-{seq:5}', interpretationDueWorkingDays: '3' }, '须包含年份 {year}'],
            [{ indexPattern: '{year}-{seq:5}-{seq:3}', interpretationDueWorkingDays: '3' }, '有且只有一个顺序号'],
            [{ indexPattern: '<script>{year}{seq:5}', interpretationDueWorkingDays: '3' }, '只能使用字母、数字和 - / _ . '],
            [{ indexPattern: '{year}-{seq:5}', interpretationDueWorkingDays: '0' }, '政策解读时限须为 1 至 30 之间的整数'],
          ];
          for (const [fields, message] of cases) {
            const response = await admin.postForm('/console/catalog/settings', { agencyCode: 'szx-ja', intent: 'save', ...fields });
            expect(response.statusCode, message).toBe(422);
            expect(response.body).toContain(message);
            expect(response.body).not.toContain('<script>{year}');
          }
          expect((await findCatalogSettings(current().handle.db, deptA.id))?.indexPattern).toBe('{agencyCode}-{year}-{genre}-{seq:4}');
        });

        it('refuses another department’s settings', async () => {
          expect((await admin.get('/console/catalog/settings?agency=szx-yi')).statusCode).toBe(403);
          await admin.get('/console/catalog/settings');
          const response = await admin.postForm('/console/catalog/settings', { agencyCode: 'szx-yi', indexPattern: '{year}-{seq:5}', interpretationDueWorkingDays: '3', intent: 'save' });
          expect(response.statusCode).toBe(403);
          expect(await findCatalogSettings(current().handle.db, deptB.id)).toBeNull();
        });
      });

      describe('分类管理', () => {
        const change = async (fields: Record<string, string>) => {
          await system.get('/console/classifications');
          return system.postForm('/console/classifications', fields);
        };
        const genreRows = async () => (await listClassifications(current().handle.db)).filter((n) => n.scheme === 'genre');

        it('adds a top-level node and a child, renames and moves them, keeping the positions in pre-order', async () => {
          const added = await change({ intent: 'add', scheme: 'genre', name: '建议提案办理' });
          expect(added.statusCode).toBe(303);
          const code = new URL(String(added.headers.location), 'http://x').searchParams.get('code')!;
          expect(code).toBe('G13');
          expect((await change({ intent: 'add', scheme: 'genre', parentCode: code, name: '人大代表建议' })).statusCode).toBe(303);
          expect((await change({ intent: 'rename', scheme: 'genre', code, name: '建议提案' })).statusCode).toBe(303);
          expect((await change({ intent: 'moveUp', scheme: 'genre', code })).statusCode).toBe(303);
          const rows = await genreRows();
          const order = rows.map((n) => n.code);
          expect(order.slice(-3)).toEqual([code, `${code}01`, 'G12']);
          expect(rows.map((n) => n.position)).toEqual(rows.map((_, i) => i));
          expect(rows.find((n) => n.code === code)?.name).toBe('建议提案');
          const page = await system.get(`/console/classifications?scheme=genre&edit=${code}`);
          expect(page.body).toContain('修改分类“建议提案”（G13）');
          expect(page.body).toContain('人大代表建议');
          const audit = await current().handle.db.query.auditLog.findMany({ where: (a, { like }) => like(a.action, 'classification.%'), orderBy: (a, { asc }) => [asc(a.seq)] });
          expect(audit.map((a) => a.action)).toEqual(['classification.add', 'classification.add', 'classification.rename', 'classification.move']);
        });

        it('refuses to delete a node in use, with the count, or with children; deletes an unused one', async () => {
          await createTestItem(current().handle.db, { agencyId: deptA.id, status: 'draft', genreCode: 'G1301' });
          const inUse = await change({ intent: 'delete', scheme: 'genre', code: 'G1301' });
          expect(inUse.statusCode).toBe(422);
          expect(inUse.body).toContain('有 1 条信息使用“人大代表建议”分类，不能删除');
          const parent = await change({ intent: 'delete', scheme: 'genre', code: 'G13' });
          expect(parent.body).toContain('下还有 1 个下级分类');
          expect((await change({ intent: 'add', scheme: 'genre', parentCode: 'G13', name: '人大代表建议' })).body).toContain('同一级中已有名为“人大代表建议”的分类');
          expect((await change({ intent: 'add', scheme: 'genre', parentCode: 'G1301', name: '第三级' })).statusCode).toBe(303);
          expect((await change({ intent: 'add', scheme: 'genre', parentCode: 'G130101', name: '第四级' })).body).toContain('分类最多分 3 级');
          const deleted = await change({ intent: 'delete', scheme: 'genre', code: 'G130101' });
          expect(deleted.statusCode).toBe(303);
          expect((await genreRows()).some((n) => n.code === 'G130101')).toBe(false);
          expect((await genreRows()).map((n) => n.position)).toEqual((await genreRows()).map((_, i) => i));
        });

        it('answers bad input with a message and refuses everyone but the system admin', async () => {
          const blank = await change({ intent: 'add', scheme: 'genre', name: '   ' });
          expect(blank.statusCode).toBe(422);
          expect(blank.body).toContain('请填写分类名称');
          const unknown = await change({ intent: 'rename', scheme: 'subject', code: 'S99', name: '无' });
          expect(unknown.body).toContain('该分类不存在');
          const odd = await change({ intent: 'drop', scheme: 'genre', code: 'G01', extra: 'x' });
          expect(odd.statusCode).toBe(422);
          expect((await admin.get('/console/classifications')).statusCode).toBe(403);
        });
      });
    });
  },
  ['pglite'],
  { seedDemo: false },
);
