import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSampleReport } from '../../../test/render/sample-report.ts';
import { createBlankReport, setFigure } from '../annual-report/figures.ts';
import type { AnnualReport } from '../annual-report/model.ts';
import { estimateLines } from './xlsx-layout.ts';
import { sheetNames, writeXlsx } from './write-xlsx.ts';

async function loadWorkbook(report: AnnualReport): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await writeXlsx(report)).buffer as ArrayBuffer);
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (found === undefined) throw new Error(`no sheet ${name}`);
  return found;
}

/** The row whose label column holds the text (the label may sit in any of the first three columns). */
function rowOf(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r += 1) {
    for (let c = 1; c <= 3; c += 1) if (ws.getCell(r, c).value === label) return r;
  }
  throw new Error(`no row ${label}`);
}

function noteText(cell: ExcelJS.Cell): string {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined || typeof note === 'string') return note ?? '';
  return (note.texts ?? []).map((t) => t.text).join('');
}

describe('writeXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await loadWorkbook(loadSampleReport());
  });

  it('writes 报告信息 and one sheet per table', () => {
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['报告信息', '表二 主动公开', '表三 依申请公开', '表四 复议诉讼']);
    const info = sheet(workbook, '报告信息');
    const values = Object.fromEntries(
      Array.from({ length: info.rowCount }, (_, i) => [String(info.getCell(i + 1, 1).value), info.getCell(i + 1, 2).value]),
    );
    expect(values).toMatchObject({ 行政机关: '湘潭县', 年度: 2024, 统计期限起: '2024年1月1日', 统计期限止: '2024年12月31日' });
  });

  it('writes table 三 in the official layout with merged headings and a frozen header', () => {
    const ws = sheet(workbook, sheetNames.applications);
    expect(ws.getCell('A1').value).toBe('三、收到和处理政府信息公开申请情况');
    expect(ws.getCell('A2').value).toMatch(/^（本列数据的勾稽关系为/);
    expect(ws.getCell('C4').isMerged && ws.getCell('C4').master.address).toBe('A2');
    expect(ws.getCell('D2').value).toBe('申请人情况');
    expect(ws.getCell('J2').master.address).toBe('D2');
    expect(ws.getCell('D3').value).toBe('自然人');
    expect(ws.getCell('D4').master.address).toBe('D3');
    expect(ws.getCell('E4').value).toBe('商业企业');
    const outcomes = ws.getCell(rowOf(ws, '（一）予以公开'), 1);
    expect(outcomes.value).toBe('三、本年度办理结果');
    expect(ws.getCell(rowOf(ws, '（七）总计'), 1).master.address).toBe(outcomes.address);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: 4 });
    expect(ws.getCell('D5').border?.left?.style).toBe('thin');
    expect(ws.getCell('D5').numFmt).toBe('0');
  });

  it('writes each row total as a SUM of its six columns, caching the printed value', () => {
    const ws = sheet(workbook, sheetNames.applications);
    const row = rowOf(ws, '一、本年新收政府信息公开申请数量');
    expect(ws.getCell(row, 4).value).toBe(171);
    expect(ws.getCell(row, 10).value).toEqual({ formula: `SUM(D${row}:I${row})`, result: 178 });
    const granted = rowOf(ws, '（一）予以公开');
    expect(ws.getCell(granted, 10).value).toEqual({ formula: `SUM(D${granted}:I${granted})`, result: 99 });
  });

  it('writes the （七）总计 row as the SUM of the 21 outcome rows per column', () => {
    const ws = sheet(workbook, sheetNames.applications);
    const first = rowOf(ws, '（一）予以公开');
    const total = rowOf(ws, '（七）总计');
    expect(total - first).toBe(21);
    expect(ws.getCell(total, 4).value).toEqual({ formula: `SUM(D${first}:D${total - 1})`, result: 171 });
    expect(ws.getCell(total, 5).value).toEqual({ formula: `SUM(E${first}:E${total - 1})`, result: 7 });
    expect(ws.getCell(total, 10).value).toEqual({ formula: `SUM(D${total}:I${total})`, result: 178 });
  });

  it('writes each review group total as the SUM of its four results', () => {
    const ws = sheet(workbook, sheetNames.reviews);
    expect(ws.getCell('E4').value).toBe('总计');
    expect(ws.getCell('E5').value).toEqual({ formula: 'SUM(A5:D5)', result: 25 });
    expect(ws.getCell('J5').value).toEqual({ formula: 'SUM(F5:I5)', result: 3 });
    expect(ws.getCell('O5').value).toEqual({ formula: 'SUM(K5:N5)', result: 2 });
    expect(ws.getCell('K3').value).toBe('复议后起诉');
  });

  it('keeps the amount of fees exactly as printed', () => {
    const ws = sheet(workbook, sheetNames.proactive);
    const cell = ws.getCell(rowOf(ws, '行政事业性收费'), 2);
    expect(cell.value).toBe(2030.16873);
    expect(cell.numFmt).toBe('0.00000');
  });

  it('notes a printed total that differs from the sum, keeping the formula and the printed value', async () => {
    const report = loadSampleReport();
    setFigure(report, 'applications.newReceived.total', 180);
    setFigure(report, 'reviews.reconsideration.total', 24);
    const changed = await loadWorkbook(report);
    const b = sheet(changed, sheetNames.applications);
    const cell = b.getCell(rowOf(b, '一、本年新收政府信息公开申请数量'), 10);
    expect(cell.value).toMatchObject({ result: 180 });
    expect(noteText(cell)).toContain('180');
    expect(noteText(cell)).toContain('178');
    expect(noteText(sheet(changed, sheetNames.reviews).getCell('E5'))).toMatch(/24.*25/);
    expect(noteText(b.getCell(rowOf(b, '二、上年结转政府信息公开申请数量'), 10))).toBe('');
  });

  it('leaves blank figures empty and blank totals without a cached result', async () => {
    const report = createBlankReport();
    setFigure(report, 'reviews.reconsideration.upheld', 0);
    const blank = await loadWorkbook(report);
    const ws = sheet(blank, sheetNames.reviews);
    expect(ws.getCell('A5').value).toBe(0);
    expect(ws.getCell('B5').value).toBeNull();
    expect(ws.getCell('E5').value).toEqual({ formula: 'SUM(A5:D5)' });
    expect(noteText(ws.getCell('E5'))).toBe('');
  });
});

describe('estimateLines', () => {
  it('counts CJK characters as one and others as half', () => {
    expect(estimateLines('一二三四五', 11.5)).toBe(1);
    expect(estimateLines('一二三四五六', 11.5)).toBe(2);
    expect(estimateLines('1234567890', 11.5)).toBe(1);
    expect(estimateLines('一\n二', 30)).toBe(2);
  });
});
