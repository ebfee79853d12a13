import { describe, expect, it } from 'vitest';
import type { Token } from '../read-result.ts';
import { findLegacyMarker } from './legacy-format.ts';
import { prepareTokens } from './read-tokens.ts';

function cells(texts: readonly string[]): Token[] {
  return texts.map((text, i) => ({ text, location: { line: i + 1 }, cell: true }));
}

describe('findLegacyMarker', () => {
  it('recognises the circular of the trial format', () => {
    const preamble = { text: '根据《……（试行）》的通知》（国办公开办函〔2019〕60号）要求编制本报告。', location: { line: 1 } };
    expect(findLegacyMarker(prepareTokens([preamble]))?.token).toBe(preamble);
  });

  it.each([['本年新制作数量'], ['对外公开总数量'], ['上一年项目数量'], ['本年增/减'], ['政府集中采购'], ['采购总金额']])(
    'recognises the trial format table A by %j',
    (text) => {
      expect(findLegacyMarker(prepareTokens(cells(['信息内容', text, '0'])))?.text).toBe(text);
    },
  );

  it('recognises a single （六）其他处理 row followed by its figures', () => {
    const marker = findLegacyMarker(prepareTokens(cells(['', '（六）其他处理', '0', '0', '0', '0', '0', '0', '0'])));
    expect(marker?.token.location).toEqual({ line: 2 });
  });

  it('does not take the 2021 format for the trial format', () => {
    const rows = ['（六）其他处理', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', '3', '0', '本年制发件数', '〔2021〕30号'];
    expect(findLegacyMarker(prepareTokens(cells(rows)))).toBeNull();
  });
});
