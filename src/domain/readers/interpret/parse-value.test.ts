import { describe, expect, it } from 'vitest';
import { parseCellValue } from './parse-value.ts';

describe('parseCellValue', () => {
  it.each([
    ['171', 171, '171'],
    ['0', 0, '0'],
    ['１７１', 171, '171'],
    ['1,234', 1234, '1234'],
    ['1，234', 1234, '1234'],
    ['３，９８５，７５８', 3985758, '3985758'],
    ['2030.16873', 2030.16873, '2030.16873'],
    ['１，２０４．３５６２', 1204.3562, '1204.3562'],
    [' 96171.6 ', 96171.6, '96171.6'],
    ['-3', -3, '-3'],
  ])('reads %j as the number %d', (text, value, digits) => {
    expect(parseCellValue(text)).toEqual({ kind: 'number', number: expect.objectContaining({ value, text: digits, ocr: false }) });
  });

  it.each(['', '—', '——', '–', '-', '－', '/', '／', '\\', '无', '～'])('reads %j as a blank, never as 0', (text) => {
    expect(parseCellValue(text)).toEqual({ kind: 'blank' });
  });

  it.each([
    ['l9', 19],
    ['1O', 10],
    ['2O', 20],
    ['I5', 15],
    ['1|1', 111],
    ['7|', 7],
    ["2'", 2],
    ['“17', 17],
    ['·0', 0],
    ['15l8', 1518],
  ])('reads the look-alikes in %j as %d and says so', (text, value) => {
    const parsed = parseCellValue(text);
    expect(parsed).toEqual({ kind: 'number', number: expect.objectContaining({ value, ocr: true }) });
  });

  it.each(['O', 'l', 'I', '|', '规章', '1.属于国家秘密', '2024年', '100%', '- 2 -', '第（一）项', '12a', 'abc'])(
    'does not read %j as a figure',
    (text) => {
      expect(parseCellValue(text)).toBeNull();
    },
  );

  it('keeps a leading zero in the digits so a merged run can still be split', () => {
    expect(parseCellValue('0470')).toEqual({ kind: 'number', number: expect.objectContaining({ value: 470, text: '0470' }) });
  });

  it('marks decimals as not whole numbers', () => {
    const parsed = parseCellValue('5.0');
    expect(parsed?.kind === 'number' && parsed.number.isInteger).toBe(false);
  });
});
