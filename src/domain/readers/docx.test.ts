import { readFileSync } from 'node:fs';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { UnreadableInputError } from '../errors.ts';
import { readZipEntry, ZipFormatError } from './docx-zip.ts';
import { tokenizeDocx } from './docx.ts';
import { tokenizeHtml } from './html-tokens.ts';

const department = new Uint8Array(readFileSync('test/fixtures/reports/docx/department.docx'));
const cell = (text: string, options: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...options });

async function buildDocx(): Promise<Uint8Array> {
  const table = new Table({
    rows: [
      new TableRow({ children: [cell('三、本年度办理结果', { verticalMerge: VerticalMergeType.RESTART }), cell('（一）予以公开', { columnSpan: 2 }), cell('92')] }),
      new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('（三）不予公开', { rowSpan: 2 }), cell('1.属于国家秘密'), cell('2')] }),
      new TableRow({ children: [cell('', { verticalMerge: VerticalMergeType.CONTINUE }), cell('2.其他法律行政法规禁止公开'), cell('0')] }),
    ],
  });
  const title = new Paragraph({ children: [new TextRun('某局2024年政府信息'), new TextRun({ text: '公开工作年度报告', break: 1 })] });
  const document = new Document({ sections: [{ children: [title, new Paragraph(''), table, new Paragraph('六、其他需要报告的事项')] }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('tokenizeDocx', () => {
  it('emits paragraphs as lines and cells on Word’s grid, a merged cell once at its top-left position', async () => {
    const tokens = tokenizeDocx(await buildDocx());
    expect(tokens.map((t) => [t.text, t.location, t.endsRow ?? false])).toEqual([
      ['某局2024年政府信息', { line: 1 }, false],
      ['公开工作年度报告', { line: 2 }, false],
      ['三、本年度办理结果', { table: 1, row: 1, cell: 1 }, false],
      ['（一）予以公开', { table: 1, row: 1, cell: 2 }, false],
      ['92', { table: 1, row: 1, cell: 4 }, true],
      ['（三）不予公开', { table: 1, row: 2, cell: 2 }, false],
      ['1.属于国家秘密', { table: 1, row: 2, cell: 3 }, false],
      ['2', { table: 1, row: 2, cell: 4 }, true],
      ['2.其他法律行政法规禁止公开', { table: 1, row: 3, cell: 3 }, false],
      ['0', { table: 1, row: 3, cell: 4 }, true],
      ['六、其他需要报告的事项', { line: 3 }, false],
    ]);
    expect(tokens.filter((t) => t.cell).every((t) => t.cell === true)).toBe(true);
  });

  it('gives the same tokens for the department fixture as mammoth’s HTML through the HTML tokenizer', async () => {
    const html = await mammoth.convertToHtml({ buffer: Buffer.from(department) });
    expect(tokenizeDocx(department)).toEqual(tokenizeHtml(html.value));
  });

  it('reads the department fixture’s table B with the rows the department left out missing', () => {
    const tableB = tokenizeDocx(department).filter((t) => t.location.table === 2);
    const labels = tableB.filter((t) => /^\d\./.test(t.text)).map((t) => t.text.slice(0, 2));
    expect(labels).toEqual(['1.', '4.', '5.', '1.', '2.', '3.', '1.', '2.', '3.']);
    expect(tableB.filter((t) => t.text === '三、本年度办理结果').map((t) => t.location)).toEqual([{ table: 2, row: 6, cell: 1 }]);
  });

  it.each([
    ['random bytes', new Uint8Array(Array.from({ length: 4000 }, (_, i) => (i * 7919) % 251))],
    ['half a DOCX file', department.subarray(0, department.length / 2)],
    ['a DOCX whose data is damaged', damage(department)],
  ])('throws UnreadableInputError for %s', (_name, bytes) => {
    expect(() => tokenizeDocx(bytes)).toThrow(UnreadableInputError);
    expect(() => tokenizeDocx(bytes)).toThrow(/不是有效的 DOCX 文件/);
  });

  it('throws UnreadableInputError naming word/document.xml for a ZIP that is a spreadsheet', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('表三').addRow(['一、本年新收政府信息公开申请数量', 171]);
    const xlsx = new Uint8Array(await workbook.xlsx.writeBuffer());
    expect(() => tokenizeDocx(xlsx)).toThrow(/不是有效的 DOCX 文件.*word\/document\.xml/);
  });
});

describe('readZipEntry', () => {
  it('refuses an entry that inflates to more than the limit', () => {
    expect(() => readZipEntry(department, 'word/document.xml', 1000)).toThrow(ZipFormatError);
  });

  it('returns undefined for a name the archive does not have', () => {
    expect(readZipEntry(department, 'word/nothing.xml', 1e6)).toBeUndefined();
  });
});

// Overwrites the middle of every deflated entry, keeping the ZIP directory intact.
function damage(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  for (let i = 0; i + 30 < copy.length; i += 1) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const size = view.getUint32(i + 18, true);
    const start = i + 30 + view.getUint16(i + 26, true) + view.getUint16(i + 28, true);
    copy.fill(0xff, start + 2, start + Math.max(2, size - 2));
  }
  return copy;
}
