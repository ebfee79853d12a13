import { describe, expect, it } from 'vitest';
import { buildAncestry, isCoveredBy } from './scope.ts';

describe('buildAncestry', () => {
  it('lists every ancestor, parent first', () => {
    const parents = new Map([
      ['lcx', null],
      ['lcx-jyj', 'lcx'],
      ['lcx-jyj-xx', 'lcx-jyj'],
    ]);
    expect(Object.fromEntries(buildAncestry(parents))).toEqual({
      lcx: [],
      'lcx-jyj': ['lcx'],
      'lcx-jyj-xx': ['lcx-jyj', 'lcx'],
    });
  });

  it('stops at a cycle in corrupt data instead of looping', () => {
    const ancestry = buildAncestry(new Map([['a', 'b'], ['b', 'c'], ['c', 'a']]));
    expect(ancestry.get('a')).toEqual(['b', 'c']);
  });

  it('stops at a parent that is not in the map', () => {
    expect(buildAncestry(new Map([['a', 'gone']])).get('a')).toEqual(['gone']);
  });
});

describe('isCoveredBy', () => {
  const ancestry = buildAncestry(new Map([['lcx', null], ['lcx-jyj', 'lcx'], ['lcx-gaj', 'lcx']]));

  it.each([
    ['its own agency', 'lcx-jyj', false, 'lcx-jyj', true],
    ['its own agency, with subtree', 'lcx-jyj', true, 'lcx-jyj', true],
    ['a department, from the county with subtree', 'lcx', true, 'lcx-jyj', true],
    ['a department, from the county without subtree', 'lcx', false, 'lcx-jyj', false],
    ['a sibling department', 'lcx-gaj', true, 'lcx-jyj', false],
    ['the county, from a department with subtree', 'lcx-jyj', true, 'lcx', false],
    ['an unknown agency', 'lcx', true, 'lcx-unknown', false],
  ])('covers %s: %s', (_, agencyId, includeSubtree, target, expected) => {
    expect(isCoveredBy({ role: 'handler', agencyId, includeSubtree }, target, ancestry)).toBe(expected);
  });
});
