import { describe, expect, it } from 'vitest';
import { searchCatalog } from './search-catalog.ts';
import type { SearchRow, SearchStore } from './search-store.ts';

const refuse = (): never => {
  throw new Error('the store must not be asked');
};

const row = (title: string, bodyStart = ''): SearchRow => ({
  id: title,
  agencyCode: 'lcx-jyj',
  indexNumber: `430321/2025-${title.length}`,
  title,
  publisher: '莲城县教育局',
  publishedOn: '2025-03-01',
  bodyStart,
});

describe('searchCatalog', () => {
  it('refuses bad input with a Chinese message, before any query', async () => {
    const store: SearchStore = { searchPublished: refuse, findSimilarTitles: refuse, listAgencies: refuse, listClassifications: refuse };
    const cases: [unknown, string][] = [
      [{}, '请填写搜索词。'],
      [{ q: '   ' }, '请输入搜索词。'],
      [{ q: '字'.repeat(101) }, '搜索词不能超过100个字符，请缩短后再搜索。'],
      [{ q: ['低保', '低保'] }, '搜索词应为文字。'],
      [{ q: '低保', pageSize: '51' }, '每页条数不能大于50。'],
      [{ q: '低保', page: '0' }, '页码不能小于1。'],
      [{ q: '低保', page: '1.5' }, '页码应为整数。'],
      [{ q: '低保', from: '2025', to: '2024' }, '起始年份不能晚于截止年份。'],
      [{ q: '低保', from: '1900' }, '起始年份应为 2008 至 2100 之间的四位数年份。'],
      [{ q: '低保', kind: 'secret' }, '信息类别不是可以选择的值。'],
      [{ q: '低保', agency: "x' or 1=1" }, '发布机关的代码格式不正确。'],
      [{ q: '低保', order: 'id' }, '不能识别的字段：order。'],
    ];
    for (const [input, message] of cases) {
      const outcome = await searchCatalog({ store }, { input });
      expect(outcome.ok ? [] : outcome.issues.map((i) => i.message)).toContain(message);
    }
  });

  it('asks nothing for a query of punctuation only', async () => {
    const store: SearchStore = { searchPublished: refuse, findSimilarTitles: refuse, listAgencies: refuse, listClassifications: refuse };
    const outcome = await searchCatalog({ store }, { input: { q: "%_'\\*" } });
    expect(outcome.ok && outcome.value.mode).toBe('none');
  });

  it('hands the tokens over as words and phrases, and pages by offset', async () => {
    const asked: unknown[] = [];
    const store: SearchStore = {
      searchPublished: async (criteria) => (asked.push(criteria), { total: 23, isTotalExact: true, ranked: 23, rows: [row('关于农村低保的通知', '农村低保标准提高')] }),
      findSimilarTitles: refuse,
      listAgencies: refuse,
      listClassifications: refuse,
    };
    const outcome = await searchCatalog({ store }, { input: { q: '农村 “低保标准”', page: '3', pageSize: '10', agency: 'lcx-mzj' } });
    expect(asked).toEqual([
      {
        terms: [
          { tokens: '农村', grams: '农村', isPhrase: false },
          { tokens: '低保 标准', grams: '低保 保标 标准', isPhrase: true },
        ],
        titleTerms: ['农村', '低保标准'],
        filters: { agencyCode: 'lcx-mzj' },
        limit: 10,
        offset: 20,
      },
    ]);
    if (!outcome.ok) throw new Error('refused');
    expect(outcome.value).toMatchObject({ mode: 'fullText', total: 23, pageCount: 3, page: 3 });
    expect(outcome.value.hits[0]?.url).toBe('/agencies/lcx-jyj/items/430321%2F2025-9');
  });

  it('falls back to similar titles when the full text finds nothing', async () => {
    const store: SearchStore = {
      searchPublished: async () => ({ total: 0, isTotalExact: true, ranked: 0, rows: [] }),
      findSimilarTitles: async ({ text, limit }) => (text === '农村低保办法' && limit === 10 ? [row('莲城县农村低保实施办法')] : []),
      listAgencies: refuse,
      listClassifications: refuse,
    };
    const outcome = await searchCatalog({ store }, { input: { q: '农村低保办法' } });
    expect(outcome.ok && outcome.value).toMatchObject({ mode: 'similarTitles', total: 1, pageCount: 1 });
  });
});
