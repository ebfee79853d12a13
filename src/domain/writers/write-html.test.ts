import { load, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { loadSampleReport } from '../../../test/render/sample-report.ts';
import { createBlankReport, getFigure, setFigure } from '../annual-report/figures.ts';
import { figurePaths } from '../annual-report/layout.ts';
import { escapeHtml, writeHtml } from './write-html.ts';

/** The table as a grid of cell elements, spans expanded the way a browser lays them out. */
function expandTable($: CheerioAPI, table: Element): Element[][] {
  const grid: Element[][] = [];
  $(table)
    .find('tr')
    .each((r, tr) => {
      grid[r] ??= [];
      let c = 0;
      $(tr)
        .children('th, td')
        .each((_, cell) => {
          while (grid[r]![c] !== undefined) c += 1;
          const rows = Number($(cell).attr('rowspan') ?? 1);
          const cols = Number($(cell).attr('colspan') ?? 1);
          for (let dr = 0; dr < rows; dr += 1) {
            for (let dc = 0; dc < cols; dc += 1) (grid[r + dr] ??= [])[c + dc] = cell;
          }
          c += cols;
        });
    });
  return grid;
}

describe('writeHtml', () => {
  const report = loadSampleReport();
  const html = writeHtml(report);
  const $ = load(html);

  it('writes a standalone HTML5 page with the title and the period', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true);
    expect($('title').text()).toBe('湘潭县2024年政府信息公开工作年度报告');
    expect($('h1').text()).toBe('湘潭县2024年政府信息公开工作年度报告');
    expect($('p.preamble').text()).toContain('本报告所列数据的统计期限为2024年1月1日至2024年12月31日。');
    expect($('h2').map((_, h) => $(h).text()).get()).toEqual([
      '一、总体情况',
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ]);
  });

  it('splits the overview into paragraphs and sets （一） headings apart', () => {
    const paragraphs = $('h2').first().parent().find('p');
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs.eq(1).find('.subheading').text()).toBe('（一）主动公开情况。');
  });

  it('puts every figure in its own cell with its value', () => {
    for (const path of figurePaths) {
      const cell = $(`td[data-path="${path}"]`);
      expect(cell, path).toHaveLength(1);
      expect(cell.text(), path).toBe(String(getFigure(report, path)));
    }
  });

  it('merges the headings of table 三 as the official format does', () => {
    const th = (text: string) => $('th').filter((_, e) => $(e).text() === text);
    expect(th('三、本年度办理结果').attr('rowspan')).toBe('22');
    expect(th('（三）不予公开').attr('rowspan')).toBe('8');
    expect(th('（四）无法提供').attr('rowspan')).toBe('3');
    expect(th('（五）不予处理').attr('rowspan')).toBe('5');
    expect(th('（六）其他处理').attr('rowspan')).toBe('3');
    expect(th('申请人情况').attr('colspan')).toBe('7');
    expect(th('法人或其他组织').attr('colspan')).toBe('5');
    expect(th('自然人').attr('rowspan')).toBe('2');
    expect(th('行政诉讼').attr('colspan')).toBe('10');
    expect(th('复议后起诉').attr('colspan')).toBe('5');
    expect($('table').eq(1).find('thead tr')).toHaveLength(3);
  });

  it('places each figure under its column heading and beside its row label', () => {
    const grid = expandTable($, $('table').get(1)!);
    const at = (label: string, column: string) => {
      const row = grid.find((cells) => cells.some((c) => $(c).text() === label))!;
      const col = grid.slice(0, 3).map((cells) => cells.findIndex((c) => $(c).text() === column)).find((i) => i >= 0)!;
      return $(row[col]).text();
    };
    expect(at('（一）予以公开', '自然人')).toBe('92');
    expect(at('（一）予以公开', '商业企业')).toBe('7');
    expect(at('（一）予以公开', '总计')).toBe('99');
    expect(at('1.本机关不掌握相关政府信息', '自然人')).toBe('30');
    expect(at('3.其他', '总计')).toBe('12');
    expect(grid.every((cells) => cells.length === 10)).toBe(true);
    const review = expandTable($, $('table').get(2)!);
    expect($(review[3]![9]).text()).toBe('3'); // 行政诉讼·未经复议直接起诉·总计
  });

  it('leaves a blank figure empty, never 0', () => {
    const blank = createBlankReport();
    setFigure(blank, 'applications.newReceived.naturalPerson', 0);
    const $blank = load(writeHtml(blank));
    expect($blank('td[data-path="applications.newReceived.naturalPerson"]').text()).toBe('0');
    expect($blank('td[data-path="applications.newReceived.commercial"]').text()).toBe('');
    expect($blank('td').filter((_, e) => $blank(e).text() === '')).toHaveLength(figurePaths.length - 1);
  });

  it('prints hostile text as inert text and carries no script', () => {
    const hostile = {
      ...createBlankReport(),
      agency: '<script>alert(1)</script>',
      period: { from: '" onerror="alert(1)', to: "'><img src=x onerror=alert(1)>" },
      sections: { overview: '<img src=x onerror=alert(1)>\n（一）<b>粗</b>。', problems: '&amp; & <', other: null },
    };
    const page = writeHtml(hostile);
    const $h = load(page);
    expect($h('script')).toHaveLength(0);
    expect($h('img, b')).toHaveLength(0);
    expect($h('*').filter((_, e) => Object.keys($h(e).attr() ?? {}).some((a) => a.startsWith('on')))).toHaveLength(0);
    expect($h('h1').text()).toBe('<script>alert(1)</script>政府信息公开工作年度报告');
    expect($h('p.preamble').text()).toContain(`" onerror="alert(1)至'><img src=x onerror=alert(1)>`);
    expect($h('p').filter((_, e) => $h(e).text() === '&amp; & <')).toHaveLength(1);
    expect(page).not.toMatch(/<script|javascript:/i);
  });

  it('styles the page for print on A4 with 公文 fonts', () => {
    const style = $('style').text();
    expect(style).toContain('@page { size: A4; margin: 37mm 26mm 35mm 28mm; }');
    expect(style).toMatch(/font-family: "仿宋_GB2312".*FangSong.*STFangsong.*"Noto Serif CJK SC".*serif/);
    expect(style).toContain('方正小标宋简体');
    expect(style).toMatch(/thead \{ display: table-header-group; \}/);
    expect(style).toMatch(/tr \{ break-inside: avoid;/);
  });
});

describe('escapeHtml', () => {
  it('escapes the characters that end text or attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;&#60;/a&#62;');
  });
});
