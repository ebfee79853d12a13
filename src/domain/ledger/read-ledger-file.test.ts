import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { decodeLedgerText, ledgerLimits, readLedgerFile } from './read-ledger-file.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

/** GBK bytes for the test text: the inverse of the platform's gb18030 decoder over the two-byte range. */
function encodeGbk(text: string): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead += 1) {
    for (let trail = 0x40; trail <= 0xfe; trail += 1) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (!table.has(char)) table.set(char, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    if (char.charCodeAt(0) < 0x80) bytes.push(char.charCodeAt(0));
    else bytes.push(...table.get(char)!);
  }
  return new Uint8Array(bytes);
}

describe('readLedgerFile', () => {
  it('reads a UTF-8 CSV with a BOM, quoted commas and line numbers', async () => {
    const sheet = await readLedgerFile(utf8('\uFEFF申请人,申请内容,收到日期\r\n张三,"规划许可,含附图",2026-03-02\r\n\r\n李四,低保名单,2026/3/3\r\n'));
    expect(sheet.headers).toEqual(['申请人', '申请内容', '收到日期']);
    expect(sheet.rows).toEqual([
      { rowNumber: 2, cells: ['张三', '规划许可,含附图', '2026-03-02'] },
      { rowNumber: 4, cells: ['李四', '低保名单', '2026/3/3'] },
    ]);
  });

  it('reads a GBK CSV as Excel saves it in China, and a tab-separated one', async () => {
    const gbk = encodeGbk('申请人,申请内容,收到日期\r\n王五,财政预算,2026-03-02\r\n');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect((await readLedgerFile(gbk)).rows[0]?.cells).toEqual(['王五', '财政预算', '2026-03-02']);
    expect(decodeLedgerText(utf8('征收补偿'))).toBe('征收补偿');
    const tabs = await readLedgerFile(utf8('申请人\t申请内容\n赵六\t招投标\n'));
    expect(tabs.rows[0]?.cells).toEqual(['赵六', '招投标']);
  });

  it('reads an XLSX workbook below its title row, with dates, numbers and rich text as text', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('台账');
    sheet.addRow(['2026年政府信息公开申请台账']);
    sheet.addRow(['序号', '申请人', '收到日期', '申请内容', '收费金额']);
    sheet.addRow([1, { richText: [{ text: '莲城' }, { text: '建设公司' }] }, new Date(Date.UTC(2026, 2, 2)), '规划许可', 100]);
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const read = await readLedgerFile(bytes);
    expect(read.headers).toEqual(['序号', '申请人', '收到日期', '申请内容', '收费金额']);
    expect(read.rows).toEqual([{ rowNumber: 3, cells: ['1', '莲城建设公司', '2026-03-02', '规划许可', '100'] }]);
  });

  it.each<[string, Uint8Array, string]>([
    ['an empty file', new Uint8Array(), '上传的文件是空的。'],
    ['an old .xls file', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), '旧版 Excel'],
    ['a broken workbook', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), '无法读取该 Excel 文件'],
    ['a header without rows', utf8('申请人,申请内容\n'), '没有申请记录'],
    ['a binary file', new Uint8Array([0x00, 0x01, 0x02, 0xff]), '无法识别文件格式'],
  ])('refuses %s with a clear message', async (_, bytes, message) => {
    await expect(readLedgerFile(bytes)).rejects.toThrow(message);
  });

  it('refuses more rows than one import takes', async () => {
    const lines = Array.from({ length: ledgerLimits.rows + 1 }, (_, i) => `张${i},内容${i}`);
    await expect(readLedgerFile(utf8(`申请人,申请内容\n${lines.join('\n')}\n`))).rejects.toThrow('请分批导入');
  });
});
