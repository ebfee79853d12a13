import { describe, expect, it } from 'vitest';
import { loadSampleReport } from '../../../test/render/sample-report.ts';
import { createBlankReport, getFigure } from '../annual-report/figures.ts';
import { figurePaths } from '../annual-report/layout.ts';
import { quoteCsvField, writeCsv } from './write-csv.ts';

/** A small RFC 4180 parser: quoted fields may hold commas, doubled quotes and line breaks; records end with CRLF. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      fields.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      records.push([...fields, field]);
      fields = [];
      field = '';
      i += 1;
    } else {
      field += c;
    }
  }
  return records;
}

describe('writeCsv', () => {
  const report = loadSampleReport();
  const csv = writeCsv(report);

  it('starts with a BOM and a header, and ends every line with CRLF', () => {
    expect(csv.startsWith('\uFEFFtable,row,column,path,value\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
  });

  it('writes one line per figure with its Chinese labels and its value', () => {
    const rows = parseCsv(csv.slice(1)).slice(1);
    expect(rows.map((r) => r[3])).toEqual(figurePaths);
    for (const [, , , path, value] of rows) expect(value).toBe(String(getFigure(report, path!)));
    expect(rows).toContainEqual(['表三', '（三）不予公开 1.属于国家秘密', '自然人', 'applications.outcomes.denied.stateSecret.naturalPerson', '2']);
    expect(rows).toContainEqual(['表四', '行政诉讼·复议后起诉', '尚未审结', 'reviews.litigationAfterReconsideration.pending', '1']);
    expect(rows).toContainEqual(['表二', '行政事业性收费', '本年收费金额（单位：万元）', 'proactive.fees.amountWanYuan', '2030.16873']);
  });

  it('writes a blank figure as an empty value', () => {
    const rows = parseCsv(writeCsv(createBlankReport()).slice(1)).slice(1);
    expect(rows.every((r) => r.length === 5 && r[4] === '')).toBe(true);
  });
});

describe('quoteCsvField', () => {
  it.each([
    ['plain', 'plain'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
  ])('quotes %j as %j', (field, quoted) => {
    expect(quoteCsvField(field)).toBe(quoted);
    expect(parseCsv(`${quoted}\r\n`)).toEqual([[field]]);
  });
});
