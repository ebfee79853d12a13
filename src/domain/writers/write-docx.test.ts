import { load, type Cheerio, type CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSampleReport } from '../../../test/render/sample-report.ts';
import { createBlankReport, setFigure } from '../annual-report/figures.ts';
import { writeDocx } from './write-docx.ts';

interface Unzipped {
  zip: JSZip;
  document: string;
  $: CheerioAPI;
}

async function unzipDocx(bytes: Uint8Array): Promise<Unzipped> {
  const zip = await JSZip.loadAsync(bytes);
  const document = await zip.file('word/document.xml')!.async('string');
  return { zip, document, $: load(document, { xml: true }) };
}

/** A Word table as a grid of cell texts: gridSpan repeats a cell to the right, vMerge="continue" repeats the cell above. */
function expandTable($: CheerioAPI, table: Cheerio<Element>): string[][] {
  const grid: string[][] = [];
  table.children('w\\:tr').each((r, tr) => {
    const row: string[] = [];
    $(tr)
      .children('w\\:tc')
      .each((_, tc) => {
        const span = Number($(tc).find('w\\:tcPr > w\\:gridSpan').attr('w:val') ?? 1);
        const merge = $(tc).find('w\\:tcPr > w\\:vMerge');
        const isContinue = merge.length > 0 && merge.attr('w:val') !== 'restart';
        const text = isContinue ? (grid[r - 1]?.[row.length] ?? '?') : $(tc).find('w\\:t').text();
        for (let i = 0; i < span; i += 1) row.push(text);
      });
    grid.push(row);
  });
  return grid;
}

describe('writeDocx', () => {
  let docx: Unzipped;
  beforeAll(async () => {
    docx = await unzipDocx(await writeDocx(loadSampleReport()));
  });

  it('sets A4 pages with the GB/T 9704 margins', () => {
    expect(docx.document).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    const margin = docx.$('w\\:pgMar');
    expect([margin.attr('w:top'), margin.attr('w:bottom'), margin.attr('w:left'), margin.attr('w:right')]).toEqual([
      '2098',
      '1984',
      '1587',
      '1474',
    ]);
  });

  it('sets the title in 小标宋 二号 centred and the body in 仿宋 三号 on a fixed 29pt line', () => {
    const title = docx.$('w\\:p').first();
    expect(title.text()).toBe('湘潭县2024年政府信息公开工作年度报告');
    expect(title.find('w\\:jc').attr('w:val')).toBe('center');
    expect(title.find('w\\:rFonts').attr('w:eastAsia')).toBe('方正小标宋简体');
    expect(title.find('w\\:sz').attr('w:val')).toBe('44');
    const body = docx.$('w\\:p').filter((_, p) => docx.$(p).text().startsWith('2024年，湘潭县人民政府'));
    expect(body.find('w\\:rFonts').attr('w:eastAsia')).toBe('仿宋_GB2312');
    expect(body.find('w\\:sz').attr('w:val')).toBe('32');
    expect(body.find('w\\:spacing').attr('w:line')).toBe('580');
    expect(body.find('w\\:spacing').attr('w:lineRule')).toBe('exact');
    expect(body.find('w\\:ind').attr('w:firstLineChars')).toBe('200');
  });

  it('sets headings 一、 in 黑体 and （一） in 楷体', () => {
    const heading = docx.$('w\\:p').filter((_, p) => docx.$(p).text() === '一、总体情况');
    expect(heading.find('w\\:rFonts').attr('w:eastAsia')).toBe('黑体');
    const sub = docx.$('w\\:r').filter((_, r) => docx.$(r).text() === '（一）主动公开情况。');
    expect(sub.find('w\\:rFonts').attr('w:eastAsia')).toBe('楷体_GB2312');
  });

  it('numbers the pages "— 1 —" in 宋体 四号 at the outer side', async () => {
    const settings = await docx.zip.file('word/settings.xml')!.async('string');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    const footers = await Promise.all(
      Object.keys(docx.zip.files)
        .filter((name) => /^word\/footer\d+\.xml$/.test(name))
        .map((name) => docx.zip.file(name)!.async('string')),
    );
    expect(footers).toHaveLength(2);
    for (const footer of footers) {
      expect(footer).toMatch(/PAGE/);
      expect(footer).toContain('— ');
      expect(footer).toContain('w:eastAsia="宋体"');
      expect(footer).toContain('<w:sz w:val="28"/>');
    }
    expect(footers.map((f) => /<w:jc w:val="(\w+)"/.exec(f)?.[1]).sort()).toEqual(['left', 'right']);
  });

  it('writes three real Word tables with merged cells, repeated headings and unsplit rows', () => {
    const tables = docx.$('w\\:tbl');
    expect(tables).toHaveLength(3);
    expect(docx.document).toMatch(/<w:gridSpan w:val="7"\/>/);
    expect(docx.document).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(tables.eq(1).find('w\\:trPr > w\\:tblHeader')).toHaveLength(3);
    expect(tables.eq(1).find('w\\:tr').length).toBe(tables.eq(1).find('w\\:trPr > w\\:cantSplit').length);
    const widths = tables.eq(1).find('w\\:gridCol').map((_, g) => Number(docx.$(g).attr('w:w'))).get();
    expect(widths).toHaveLength(10);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(11906 - 1587 - 1474);
    const tableFonts = tables.find('w\\:rPr');
    expect(tableFonts.first().find('w\\:sz').attr('w:val')).toBe('21');
    expect(tableFonts.first().find('w\\:rFonts').attr('w:eastAsia')).toBe('仿宋_GB2312');
  });

  it('lays out table 三 as the official format with each figure in its cell', () => {
    const grid = expandTable(docx.$, docx.$('w\\:tbl').eq(1));
    expect(grid.every((row) => row.length === 10)).toBe(true);
    expect(grid[0]!.slice(3)).toEqual(Array(7).fill('申请人情况'));
    expect(grid[2]).toEqual([...Array(3).fill(grid[0]![0]), '自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他', '总计']);
    expect(grid[3]).toEqual([...Array(3).fill('一、本年新收政府信息公开申请数量'), '171', '7', '0', '0', '0', '0', '178']);
    expect(grid[7]!.slice(0, 4)).toEqual(['三、本年度办理结果', '（三）不予公开', '1.属于国家秘密', '2']);
    expect(grid[26]!.slice(0, 3)).toEqual(['三、本年度办理结果', '（七）总计', '（七）总计']);
    expect(grid[27]!.at(-1)).toBe('5');
  });

  it('leaves a blank figure as an empty cell', async () => {
    const report = createBlankReport();
    setFigure(report, 'reviews.reconsideration.upheld', 0);
    const { $ } = await unzipDocx(await writeDocx(report));
    const figures = expandTable($, $('w\\:tbl').eq(2))[3]!;
    expect(figures).toEqual(['0', ...Array(14).fill('')]);
  });
});
