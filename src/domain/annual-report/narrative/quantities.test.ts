import { describe, expect, it } from 'vitest';
import { findQuantities } from './quantities.ts';

const read = (text: string) => findQuantities(text).map((q) => [q.value, q.unit, q.approximation]);

describe('findQuantities', () => {
  it.each([
    ['受理政府信息公开申请35件', [[35, '件', 'exact']]],
    ['发布信息5500余条', [[5500, '条', 'atLeast']]],
    ['收取约3000元', [[3000, '元', 'about']]],
    ['近百件', [[100, '件', 'atMost']]],
    ['100件以上', [[100, '件', 'atLeast']]],
    ['300件左右', [[300, '件', 'about']]],
    ['新收三十五件', [[35, '件', 'exact']]],
    ['许可3万件', [[30_000, '件', 'exact']]],
    ['收费2030.16873万元', [[2030.16873, '万元', 'exact']]],
    ['收费五万元', [[50_000, '元', 'exact']]],
    ['服务群众3.2万人次', [[32_000, '人次', 'exact']]],
    ['新制定7件，失效31件', [[7, '件', 'exact'], [31, '件', 'exact']]],
  ])('reads the figures of %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each(['存在三五件', '一两件', '高效办成一件事', '做到了件件有回应', '第3件', '部分单位', '个别单位', '2024年', '回复率100%'])(
    'reads no figure in %s',
    (text) => {
      expect(findQuantities(text)).toEqual([]);
    },
  );

  it('keeps the decimals of an amount as printed', () => {
    expect(findQuantities('2030.17万元')[0]?.decimals).toBe(2);
  });
});
