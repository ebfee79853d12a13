import { describe, expect, it } from 'vitest';
import { parseArt20Form, parseDecisionCount, parseFeeAmount, readArt20Csv } from './art20-figures.ts';

const years = { firstYear: 2019, lastYear: 2025 };
const utf8 = (text: string) => new TextEncoder().encode(text);

/** GBK bytes of a text made of ASCII and the header's characters (what Excel saves in China). */
function gbk(text: string): Uint8Array {
  // The GBK codes of the characters the header uses, from the GB 2312 table.
  const codes: Record<string, number[]> = {
    机: [0xbb, 0xfa], 关: [0xb9, 0xd8], 代: [0xb4, 0xfa], 码: [0xc2, 0xeb], 年: [0xc4, 0xea], 度: [0xb6, 0xc8],
    行: [0xd0, 0xd0], 政: [0xd5, 0xfe], 许: [0xd0, 0xed], 可: [0xbf, 0xc9], 处: [0xb4, 0xa6], 罚: [0xb7, 0xa3],
    强: [0xc7, 0xbf], 制: [0xd6, 0xc6], 事: [0xca, 0xc2], 业: [0xd2, 0xb5], 性: [0xd0, 0xd4], 收: [0xca, 0xd5],
    费: [0xb7, 0xd1], '（': [0xa3, 0xa8], 万: [0xcd, 0xf2], 元: [0xd4, 0xaa], '）': [0xa3, 0xa9],
  };
  return Uint8Array.from([...text].flatMap((c) => codes[c] ?? [c.charCodeAt(0)]));
}

describe('parseFeeAmount', () => {
  it.each([
    ['24252.311082', '24252.311082'],
    ['12.50', '12.50'],
    ['0', '0'],
    [' 3.2 ', '3.2'],
    ['24,252.3', '24252.3'],
    ['', null],
  ])('keeps %j as %j', (raw, value) => {
    expect(parseFeeAmount(raw)).toEqual({ ok: true, value });
  });

  it.each([
    ['-1.5', '不能为负数'],
    ['1.1234567', '最多保留6位小数'],
    ['12万元', '应为以万元为单位的数字'],
    ['1e3', '应为以万元为单位的数字'],
    ['007', '不能以 0 开头'],
    ['1234567890123', '过大'],
  ])('refuses %j', (raw, message) => {
    const parsed = parseFeeAmount(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(message);
  });
});

describe('parseDecisionCount', () => {
  it('reads whole numbers and blanks, and refuses the rest', () => {
    expect(parseDecisionCount('128', '行政许可')).toEqual({ ok: true, value: 128 });
    expect(parseDecisionCount('1,204', '行政许可')).toEqual({ ok: true, value: 1204 });
    expect(parseDecisionCount('  ', '行政许可')).toEqual({ ok: true, value: null });
    expect(parseDecisionCount('3.5', '行政许可')).toEqual({ ok: false, message: '行政许可应为整数件数（如 128），未统计请留空。' });
    expect(parseDecisionCount('-2', '行政处罚')).toEqual({ ok: false, message: '行政处罚不能为负数。' });
  });
});

describe('parseArt20Form', () => {
  it('gives the figures, or every bad field', () => {
    expect(parseArt20Form({ licensingDecisions: '12', penaltyDecisions: '', enforcementDecisions: '0', feesWanYuan: '1.5' })).toEqual({
      ok: true,
      value: { licensingDecisions: 12, penaltyDecisions: null, enforcementDecisions: 0, feesWanYuan: '1.5' },
    });
    const bad = parseArt20Form({ licensingDecisions: 'x', feesWanYuan: '-1' });
    expect(bad.ok ? [] : bad.issues.map((i) => i.path)).toEqual(['licensingDecisions', 'feesWanYuan']);
  });
});

describe('readArt20Csv', () => {
  const header = '机关代码,年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）';

  it('reads a UTF-8 file with a BOM and a GBK file alike', () => {
    const body = `\n lcx-fgj ,2024,12,0,,24252.311082\nlcx-jyj,2025年,3,4,5,0\n`;
    const expected = [
      { row: 2, agencyCode: 'lcx-fgj', year: 2024, figures: { licensingDecisions: 12, penaltyDecisions: 0, enforcementDecisions: null, feesWanYuan: '24252.311082' } },
      { row: 3, agencyCode: 'lcx-jyj', year: 2025, figures: { licensingDecisions: 3, penaltyDecisions: 4, enforcementDecisions: 5, feesWanYuan: '0' } },
    ];
    expect(readArt20Csv(utf8(`\uFEFF${header}${body}`), years)).toEqual({ rows: expected, problems: [] });
    expect(readArt20Csv(gbk(`${header}${body}`), years)).toEqual({ rows: expected, problems: [] });
  });

  it('accepts headers in another order, with qualifiers and half-width brackets, and extra columns', () => {
    const text = '年度,机关名称,机关代码,行政事业性收费(万元),行政强制决定数量,行政处罚决定数量,行政许可决定数量\n2024,莲城县发展和改革局,lcx-fgj,1.5,1,2,3\n';
    expect(readArt20Csv(utf8(text), years).rows).toEqual([
      { row: 2, agencyCode: 'lcx-fgj', year: 2024, figures: { licensingDecisions: 3, penaltyDecisions: 2, enforcementDecisions: 1, feesWanYuan: '1.5' } },
    ]);
  });

  it('reports every bad cell with its row and field, and duplicates', () => {
    const text = `${header}\nlcx-fgj,2024,x,1,1,1\n,2031,1,1,1,-3\nlcx-fgj,2024,1,1,1,1\n`;
    expect(readArt20Csv(utf8(text), years).problems).toEqual([
      { row: 2, field: '行政许可', message: '行政许可应为整数件数（如 128），未统计请留空。' },
      { row: 3, field: '机关代码', message: '请填写机关代码（如 lcx-fgj）。' },
      { row: 3, field: '年度', message: '年度应在2019至2025年之间。' },
      { row: 3, field: '行政事业性收费（万元）', message: '行政事业性收费（万元）不能为负数。' },
      { row: 4, field: '机关代码', message: '与第2行重复：同一机关同一年度只能有一行。' },
    ]);
  });

  it('refuses a file without the columns, an empty file, a workbook and broken quotes', () => {
    expect(readArt20Csv(utf8('机关代码,年度\nlcx,2024\n'), years).problems[0]!.message).toContain('标题行缺少：行政许可、行政处罚、行政强制、行政事业性收费（万元）');
    expect(readArt20Csv(new Uint8Array(), years).problems).toEqual([{ row: 0, field: '文件', message: '上传的文件是空的。' }]);
    expect(readArt20Csv(Uint8Array.from([0x50, 0x4b, 3, 4, 0, 0]), years).problems[0]!.message).toContain('请上传 CSV 文件');
    expect(readArt20Csv(utf8(`${header}\n"lcx,2024,1,1,1,1\n`), years).problems[0]!.message).toContain('CSV 文件格式有误');
    expect(readArt20Csv(utf8(`${header}\n`), years).problems[0]!.message).toBe('文件只有标题行，没有数据。');
  });
});
