import { beforeAll, expect, it } from 'vitest';
import { createTestAgency } from '../../../../test/factories.ts';
import { describeEachApp } from '../../../../test/http-harness.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { createSearchItem } from './search-test-data.ts';

const search = (q: string, extra = '') => `/search?q=${encodeURIComponent(q)}${extra}`;
const api = (q: string, extra = '') => `/api/v1/search?q=${encodeURIComponent(q)}${extra}`;

describeEachApp(
  'search routes',
  (app) => {
    let agency: Agency;
    let notice: { indexNumber: string };

    beforeAll(async () => {
      const { db } = app().handle;
      agency = await createTestAgency(db, { name: '莲城县住房和城乡建设局' });
      notice = await createSearchItem(db, {
        agencyId: agency.id,
        title: '关于2025年老旧小区改造计划的公告<script>alert(1)</script>',
        body: '为改善居住条件，今年计划完成老旧小区改造12个，涉及居民1860户。<img src=x onerror=alert(2)>',
        publisher: '莲城县住房和城乡建设局',
        publishedOn: '2025-02-10',
      });
      await createSearchItem(db, { agencyId: agency.id, title: '莲城县城市更新工作总结', body: '推进老旧小区改造和背街小巷整治。', publishedOn: '2024-12-20' });
    });

    it('shows the empty form, with its filters, when nothing was asked', async () => {
      const response = await app().browser().get('/search');
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<form method="get" action="/search"');
      expect(response.body).toContain('name="q"');
      expect(response.body).toContain('主题分类');
      expect(response.headers['set-cookie']).toBeUndefined();
    });

    it('lists the results with highlighted titles and snippets, 索引号, publisher and date, escaping everything', async () => {
      const response = await app().browser().get(search('老旧小区改造'));
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('找到 2 条与“老旧小区改造”相关的信息');
      expect(response.body).toContain('<mark>老旧小区改造</mark>');
      expect(response.body).toContain(notice.indexNumber);
      expect(response.body).toContain(`href="/agencies/${agency.code}/items/${encodeURIComponent(notice.indexNumber)}"`);
      expect(response.body).toContain('2025-02-10');
      expect(response.body).not.toContain('<script>alert');
      expect(response.body).not.toContain('<img src=x');
      expect(response.body).toContain('&lt;script');
      const titleFirst = response.body.indexOf('关于2025年');
      expect(titleFirst).toBeGreaterThan(0);
      expect(titleFirst).toBeLessThan(response.body.indexOf('城市更新工作总结'));
    });

    it('says nothing was found, with what to try, and offers similar titles when there are', async () => {
      const none = await app().browser().get(search('量子纠缠'));
      expect(none.statusCode).toBe(200);
      expect(none.body).toContain('没有找到与“量子纠缠”相关的信息');
      expect(none.body).toContain('检查搜索词有没有错别字');
      const similar = await app().browser().get(search('莲城县城市更新工作年度总结报告'));
      expect(similar.body).toContain('以下信息的标题与之相近');
      expect(similar.body.replace(/<[^>]+>/g, '')).toContain('莲城县城市更新工作总结');
    });

    it('refuses a query over 100 characters and bad filters with a Chinese message, keeping the form', async () => {
      const long = await app().browser().get(search('改造'.repeat(51)));
      expect(long.statusCode).toBe(422);
      expect(long.body).toContain('搜索词不能超过100个字符');
      const years = await app().browser().get(search('改造', '&from=2025&to=2020'));
      expect(years.statusCode).toBe(422);
      expect(years.body).toContain('起始年份不能晚于截止年份');
    });

    it('answers the API with exactly { total, items } and permanent URLs', async () => {
      const response = await app().app.inject({ method: 'GET', url: api('老旧小区改造', '&pageSize=1') });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({
        total: 2,
        items: [
          {
            title: '关于2025年老旧小区改造计划的公告<script>alert(1)</script>',
            indexNumber: notice.indexNumber,
            publisher: '莲城县住房和城乡建设局',
            publishedOn: '2025-02-10',
            url: `/agencies/${agency.code}/items/${encodeURIComponent(notice.indexNumber)}`,
          },
        ],
      });
      const second = await app().app.inject({ method: 'GET', url: api('老旧小区改造', '&pageSize=1&page=2') });
      expect(second.json()).toMatchObject({ total: 2, items: [{ title: '莲城县城市更新工作总结' }] });
    });

    it('answers bad API input with 422 and a Chinese message, metacharacters with an ordinary answer', async () => {
      for (const [query, message] of [
        ['/api/v1/search', '请填写搜索词。'],
        [api('改造', '&pageSize=51'), '每页条数不能大于50。'],
        [api('改造', '&sort=id'), '不能识别的字段：sort。'],
      ] as const) {
        const response = await app().app.inject({ method: 'GET', url: query });
        expect(response.statusCode).toBe(422);
        expect(response.json().error.issues.map((i: { message: string }) => i.message)).toContain(message);
      }
      for (const q of ["改造' or '1'='1", '改造:* | !小区', '%_%', '.*(改造)+$', '\\']) {
        const response = await app().app.inject({ method: 'GET', url: api(q) });
        expect(response.statusCode).toBe(200);
        expect(Object.keys(response.json())).toEqual(['total', 'items']);
      }
    });

    it('documents the API in the OpenAPI document', async () => {
      const document = (await app().app.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
      const operation = document.paths['/api/v1/search'].get;
      expect(operation.responses['200'].content['application/json'].schema.required).toEqual(['total', 'items']);
      expect(operation.parameters.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(['q', 'page', 'pageSize', 'agency', 'from', 'to']));
    });
  },
  ['pglite'],
  { seedDemo: false },
);
