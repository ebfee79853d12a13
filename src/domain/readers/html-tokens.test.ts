import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Token } from './read-result.ts';
import { collapseSpace, tokenizeHtml } from './html-tokens.ts';

const fixture = (name: string) => readFileSync(`test/fixtures/reports/html/${name}`, 'utf8');
const cellsOf = (tokens: Token[], table: number) => tokens.filter((t) => t.cell && t.location.table === table);
const at = (tokens: Token[], table: number, row: number) =>
  cellsOf(tokens, table)
    .filter((t) => t.location.row === row)
    .map((t) => [t.location.cell, t.text]);

describe('tokenizeHtml', () => {
  it('emits narrative blocks as line tokens and cells with table, row and cell', () => {
    const tokens = tokenizeHtml('<h1>某县2024年报告</h1><p>正文</p><table><tr><td>a</td><td>b</td></tr></table><p>尾</p>');
    expect(tokens).toEqual([
      { text: '某县2024年报告', location: { line: 1 } },
      { text: '正文', location: { line: 2 } },
      { text: 'a', location: { table: 1, row: 1, cell: 1 }, cell: true },
      { text: 'b', location: { table: 1, row: 1, cell: 2 }, cell: true, endsRow: true },
      { text: '尾', location: { line: 3 } },
    ]);
  });

  it('expands rowspan and colspan so that a column has one index in every row, and emits a merged cell once', () => {
    const tokens = tokenizeHtml(`<table>
      <tr><td rowspan="3" colspan="3">（本列数据的勾稽关系为…）</td><td colspan="7">申请人情况</td></tr>
      <tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
      <tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
      <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td><td>2</td><td>3</td><td>4</td><td>5</td><td>6</td><td>21</td></tr>
      <tr><td rowspan="1">（三）不予公开</td><td>1.属于国家秘密</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
    </table>`);
    expect(at(tokens, 1, 1)).toEqual([[1, '（本列数据的勾稽关系为…）'], [4, '申请人情况']]);
    expect(at(tokens, 1, 2)).toEqual([[4, '自然人'], [5, '法人或其他组织'], [10, '总计']]);
    expect(at(tokens, 1, 3).map(([cell]) => cell)).toEqual([5, 6, 7, 8, 9]);
    expect(at(tokens, 1, 4).map(([cell]) => cell)).toEqual([1, 2, 4, 5, 6, 7, 8, 9, 10]);
    expect(at(tokens, 1, 5)).toEqual([[2, '（三）不予公开'], [3, '1.属于国家秘密'], ...[4, 5, 6, 7, 8, 9, 10].map((c) => [c, '0'])]);
    expect(tokens.filter((t) => t.text === '三、本年度办理结果')).toHaveLength(1);
  });

  it('marks the last cell of every row with endsRow', () => {
    const tokens = tokenizeHtml('<table><tr><td rowspan="2">a</td><td>b</td></tr><tr><td>c</td></tr></table>');
    expect(tokens.map((t) => [t.text, t.endsRow ?? false])).toEqual([['a', false], ['b', true], ['c', true]]);
  });

  it('reads all nested text of a cell, with &nbsp; as space and white space collapsed', () => {
    const tokens = tokenizeHtml(
      '<table><tr><td><p><span style="x">商业</span><span>企业</span></p></td><td>&nbsp;171&nbsp;</td>' +
        '<td><p>三、本年度</p><p>办理\n  结果</p></td><td>a<br>b</td><td></td></tr></table>',
    );
    expect(tokens.map((t) => t.text)).toEqual(['商业企业', '171', '三、本年度 办理 结果', 'a b', '']);
  });

  it('ignores script, style, noscript, template, comments and the page head', () => {
    const tokens = tokenizeHtml(`<html><head><title>标题_网站</title><style>p{}</style></head><body>
      <script>document.write("<p>999</p>")</script><noscript>请开启脚本</noscript>
      <template><p>模板</p></template><!-- 注释 -->
      <p onclick="alert(1)">正文<script>alert(1)</script></p>
      <table><tr><td>7<script>alert(2)</script><!-- 8 --><style>td{}</style></td></tr></table></body></html>`);
    expect(tokens.map((t) => t.text)).toEqual(['正文', '7']);
  });

  it('splits a block at <br> into lines, and reads text directly in a div as its own line', () => {
    const tokens = tokenizeHtml('<h1>某县2024年政府信息<br>公开工作年度报告</h1><div>前<p>段</p>后</div>');
    expect(tokens).toEqual([
      { text: '某县2024年政府信息', location: { line: 1 } },
      { text: '公开工作年度报告', location: { line: 2 } },
      { text: '前', location: { line: 3 } },
      { text: '段', location: { line: 4 } },
      { text: '后', location: { line: 5 } },
    ]);
  });

  it('treats a table holding tables as layout: only the innermost table has rows', () => {
    const tokens = tokenizeHtml(
      '<table><tr><td><p>说明</p><table><tr><td>x</td><td>y</td></tr></table></td><td>侧栏</td></tr></table>' +
        '<table><tr><td>z</td></tr></table>',
    );
    expect(tokens.map((t) => [t.text, t.location])).toEqual([
      ['说明', { line: 1 }],
      ['x', { table: 1, row: 1, cell: 1 }],
      ['y', { table: 1, row: 1, cell: 2 }],
      ['侧栏', { line: 2 }],
      ['z', { table: 2, row: 1, cell: 1 }],
    ]);
  });

  it('emits a table caption as a line before the cells', () => {
    const tokens = tokenizeHtml('<table><caption>表一</caption><thead><tr><th>h</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>');
    expect(tokens.map((t) => [t.text, t.location])).toEqual([
      ['表一', { line: 1 }],
      ['h', { table: 1, row: 1, cell: 1 }],
      ['1', { table: 1, row: 2, cell: 1 }],
    ]);
  });

  it('places every figure of table B of the rowspan-colspan fixture in columns 4 to 10', () => {
    const tokens = tokenizeHtml(fixture('rowspan-colspan.html'));
    const tableB = cellsOf(tokens, 2);
    const figures = tableB.filter((t) => /^\d+$/.test(t.text));
    expect(figures).toHaveLength(25 * 7);
    expect(new Set(figures.map((t) => t.location.cell))).toEqual(new Set([4, 5, 6, 7, 8, 9, 10]));
    const labels = tableB.filter((t) => t.text.startsWith('1.属于国家秘密'));
    expect(labels.map((t) => t.location.cell)).toEqual([3]);
    const reviews = cellsOf(tokens, 3).filter((t) => t.location.row === 4);
    expect(reviews.map((t) => t.location.cell)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]);
  });

  it('lets nothing of the scripts, handlers and templates of the script-in-cells fixture into the tokens', () => {
    const tokens = tokenizeHtml(fixture('script-in-cells.html'));
    const text = tokens.map((t) => t.text).join('\n');
    expect(text).not.toMatch(/alert|document\.|javascript|999|888|777|请开启|td\{/);
    expect(cellsOf(tokens, 2).filter((t) => /^\d+$/.test(t.text))).toHaveLength(25 * 7);
  });
});

describe('collapseSpace', () => {
  it('collapses spaces, tabs, newlines, no-break and ideographic spaces, and drops zero-width ones', () => {
    expect(collapseSpace('\u3000 商业\u00a0\u00a0企业\n\t其\u200b他 ')).toBe('商业 企业 其他');
  });
});
