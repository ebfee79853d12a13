import { beforeAll, expect, it } from 'vitest';
import type { Agency } from '../../domain/agencies/agency.ts';
import { createSearchItem } from '../../http/portal/search/search-test-data.ts';
import { parseSearchQuery } from '../../domain/search/parse-query.ts';
import { fullTextCriteriaOf, runSearch, type SearchResult } from '../../use-cases/catalog/search/search-catalog.ts';
import type { SearchInput } from '../../use-cases/catalog/search/search-input.ts';
import type { SearchStore } from '../../use-cases/catalog/search/search-store.ts';
import { createTestAgency } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { listAgencies } from './agencies.ts';
import { findSimilarTitles, listClassificationNodes, searchPublishedItems } from './search.ts';

const nastyQueries = [
  "营商环境'",
  "' or 1=1 --",
  '营商\\环境',
  '\\',
  '营商:* & 环境',
  'a:*',
  '!(营商|环境)&',
  '%营商_环境%',
  '.*营商[环境]+$',
  '(?<x>a)\\1',
  '营商 <-> 环境',
  '"',
  '“营商',
  '$1 $$ ${x}',
  '\u0000营商\u001f环境',
];

describeEachDatabase('catalogue search', ({ db }) => {
  let store: SearchStore;
  let county: Agency;
  let education: Agency;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    store = {
      searchPublished: (criteria) => searchPublishedItems(db(), criteria),
      findSimilarTitles: (criteria) => findSimilarTitles(db(), criteria),
      listAgencies: () => listAgencies(db()),
      listClassifications: () => listClassificationNodes(db()),
    };
    county = await createTestAgency(db(), { name: '莲城县人民政府' });
    education = await createTestAgency(db(), { name: '莲城县教育局' });
    const items = {
      titleHolder: { agencyId: county.id, title: '莲城县人民政府关于进一步优化营商环境的通知', body: '各乡镇人民政府：现将优化营商环境有关事项通知如下。', publishedOn: '2023-05-10', subjectCode: 'S0203' },
      bodyHolder: { agencyId: education.id, title: '莲城县教育局2024年工作总结', body: '全年深入推进教育改革，持续优化营商环境，服务企业办学。', publishedOn: '2024-11-02', subjectCode: 'S1102', genreCode: 'G0504' },
      wordsApart: { agencyId: education.id, title: '关于招生入学工作的通知', body: '进一步优化服务流程，支持民营企业营商发展，改善校园环境。', publishedOn: '2025-02-01', subjectCode: 'S1102' },
      attachment: { agencyId: county.id, title: '莲城县2024年财政预算报告', body: '详见附件。', attachmentText: '不动产登记费收费标准调整说明', publishedOn: '2024-03-01', kind: 'general' as const },
      normative: { agencyId: county.id, title: '莲城县农村低保实施办法', body: '为规范农村最低生活保障工作，制定本办法。', kind: 'normativeDocument' as const, genreCode: 'G02', publishedOn: '2022-07-01' },
      withdrawn: { agencyId: county.id, title: '关于优化营商环境的撤回通知', body: '优化营商环境', status: 'withdrawn' as const },
      draft: { agencyId: county.id, title: '优化营商环境工作草稿', body: '优化营商环境', status: 'draft' as const },
      percent: { agencyId: county.id, title: '增长率达到50%_的统计公报', body: '统计数据。', publishedOn: '2021-01-05' },
    };
    for (const [key, item] of Object.entries(items)) ids[key] = (await createSearchItem(db(), item)).indexNumber;
  });

  const search = (q: string, extra: Partial<SearchInput> = {}) => runSearch(store, { q, page: 1, pageSize: 10, ...extra });
  const found = (result: SearchResult) => result.hits.map((hit) => hit.indexNumber);

  it('finds every published item holding a two-word phrase, the one with it in its title first', async () => {
    const result = await search('优化营商环境');
    expect(result.mode).toBe('fullText');
    expect(found(result)[0]).toBe(ids['titleHolder']);
    expect(found(result)).toEqual(expect.arrayContaining([ids['titleHolder'], ids['bodyHolder']]));
    expect(found(result)).not.toContain(ids['withdrawn']);
    expect(found(result)).not.toContain(ids['draft']);
    expect(result.hits[0]?.titleSegments.filter((s) => s.hit).map((s) => s.text)).toEqual(['优化营商环境']);
    expect(result.hits[0]?.url).toBe(`/agencies/${county.code}/items/${encodeURIComponent(ids['titleHolder']!)}`);
  });

  it('requires a quoted phrase to stand together, and unquoted words only to all occur', async () => {
    expect(found(await search('优化营商环境'))).toContain(ids['wordsApart']);
    const quoted = found(await search('“优化营商环境”'));
    expect(quoted).toEqual(expect.arrayContaining([ids['titleHolder'], ids['bodyHolder']]));
    expect(quoted).not.toContain(ids['wordsApart']);
  });

  it('finds text of attachments, and marks the snippet around the first hit', async () => {
    const result = await search('不动产登记');
    expect(found(result)).toEqual([ids['attachment']]);
    const body = await search('企业办学');
    expect(body.hits[0]?.snippet.filter((s) => s.hit).map((s) => s.text)).toEqual(['企业办学']);
  });

  it('filters by agency, subject (with its children), genre, kind and years', async () => {
    expect(found(await search('优化营商环境', { agency: education.code }))).not.toContain(ids['titleHolder']);
    expect(found(await search('优化营商环境', { subject: 'S02' }))).toEqual([ids['titleHolder']]);
    expect(found(await search('优化营商环境', { genre: 'G05' }))).toEqual([ids['bodyHolder']]);
    expect(found(await search('低保', { kind: 'normativeDocument' }))).toEqual([ids['normative']]);
    expect(found(await search('低保', { kind: 'general' }))).toEqual([]);
    expect(found(await search('优化营商环境', { from: 2024, to: 2024 }))).toEqual([ids['bodyHolder']]);
    expect(found(await search('优化营商环境', { to: 2023 }))).toEqual([ids['titleHolder']]);
  });

  it('counts all matches and pages through them', async () => {
    const first = await search('优化', { pageSize: 2 });
    expect(first.total).toBe(3);
    expect(first.pageCount).toBe(2);
    const second = await search('优化', { pageSize: 2, page: 2 });
    expect(second.hits).toHaveLength(1);
    expect(new Set([...found(first), ...found(second)]).size).toBe(3);
    const beyond = await search('优化', { pageSize: 2, page: 9 });
    expect(beyond.hits).toEqual([]);
    expect(beyond.total).toBe(3);
  });

  it('ranks only the newest matches past the window, common words read newest first, others through the index', async () => {
    const criteria = (q: string) => fullTextCriteriaOf(parseSearchQuery(q), {}, { limit: 10, offset: 0 });
    const small = { window: 2, probeRows: 4, denseShare: 2, denseScanRows: 4 };
    const common = await searchPublishedItems(db(), criteria('优化'), small);
    expect(common).toMatchObject({ total: 2, isTotalExact: false, ranked: 2 });
    expect(common.rows[0]?.indexNumber).toBe(ids['titleHolder']);
    expect(new Set(common.rows.map((r) => r.indexNumber))).toEqual(new Set([ids['titleHolder'], ids['bodyHolder'], ids['wordsApart']]));
    const misjudged = await searchPublishedItems(db(), criteria('优化'), { ...small, denseScanRows: 2 });
    expect(misjudged).toMatchObject({ total: 3, isTotalExact: true, ranked: 2 });
    expect(misjudged.rows).toHaveLength(3);
    const rare = await searchPublishedItems(db(), criteria('低保'), small);
    expect(rare).toMatchObject({ total: 1, isTotalExact: true, ranked: 1 });
  });

  it('treats quotes, backslashes, tsquery operators, LIKE wildcards and regex characters as text', async () => {
    for (const q of nastyQueries) {
      const result = await search(q);
      expect(['fullText', 'similarTitles', 'none']).toContain(result.mode);
    }
    expect(found(await search("营商环境'"))).toEqual(found(await search('营商环境')));
    expect(found(await search('%_'))).toEqual([]);
    expect(found(await search('50%_'))).toEqual([ids['percent']]);
    // Straight to the SQL, past the parser's clean-up: still only text.
    for (const text of ["' or 1=1 --", '\\', '营商:* & !环境 <-> (a|b)', '%营商_环境%', '.*[环境]+$', '\u0000营商', 'x'.repeat(5_000)]) {
      const terms = [{ tokens: text, grams: text, isPhrase: false }, { tokens: text, grams: text, isPhrase: true }];
      await searchPublishedItems(db(), { terms, titleTerms: [text], filters: { agencyCode: text, subjectCode: text, genreCode: text }, limit: 5, offset: 0 });
      await findSimilarTitles(db(), { text, filters: {}, limit: 5 });
    }
  });

  it('offers titles like the query when the full text has no match', async () => {
    const result = await search('关于进一步优化营商环境的紧急通知');
    expect(result.mode).toBe('similarTitles');
    expect(found(result)[0]).toBe(ids['titleHolder']);
    const nothing = await search('量子纠缠');
    expect(nothing.mode).toBe('none');
    expect(nothing.total).toBe(0);
  });
});
