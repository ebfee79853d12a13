import { describe, expect, it } from 'vitest';
import { buildAgencyTree, collectAncestorIds, collectSubtreeIds, isWithinSubtree } from './agency-tree.ts';

// county → (dept-a, town-b → village-c)
const agencies = [
  { id: 'county', parentId: null },
  { id: 'dept-a', parentId: 'county' },
  { id: 'town-b', parentId: 'county' },
  { id: 'village-c', parentId: 'town-b' },
  { id: 'other-county', parentId: null },
];

describe('collectSubtreeIds', () => {
  it('lists the root and everything below it, breadth first', () => {
    expect(collectSubtreeIds(agencies, 'county')).toEqual(['county', 'dept-a', 'town-b', 'village-c']);
  });

  it('gives a leaf alone', () => {
    expect(collectSubtreeIds(agencies, 'dept-a')).toEqual(['dept-a']);
  });

  it('gives nothing for an unknown id', () => {
    expect(collectSubtreeIds(agencies, 'nowhere')).toEqual([]);
  });

  it('terminates on a cycle in corrupt data', () => {
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(collectSubtreeIds(cyclic, 'a')).toEqual(['a', 'b']);
  });
});

describe('collectAncestorIds', () => {
  it('walks from the agency up to the root', () => {
    expect(collectAncestorIds(agencies, 'village-c')).toEqual(['village-c', 'town-b', 'county']);
  });

  it('stops at a cycle', () => {
    const cyclic = [
      { id: 'a', parentId: 'b' },
      { id: 'b', parentId: 'a' },
    ];
    expect(collectAncestorIds(cyclic, 'a')).toEqual(['a', 'b']);
  });
});

describe('isWithinSubtree', () => {
  it.each([
    ['county', 'village-c', true],
    ['town-b', 'village-c', true],
    ['village-c', 'village-c', true],
    ['dept-a', 'village-c', false],
    ['village-c', 'county', false],
    ['other-county', 'dept-a', false],
  ])('%s covers %s: %s', (ancestor, descendant, expected) => {
    expect(isWithinSubtree(agencies, ancestor, descendant)).toBe(expected);
  });
});

describe('buildAgencyTree', () => {
  it('nests children under their parents and keeps the given order', () => {
    const tree = buildAgencyTree(agencies);
    expect(tree.map((n) => n.id)).toEqual(['county', 'other-county']);
    expect(tree[0]!.children.map((n) => n.id)).toEqual(['dept-a', 'town-b']);
    expect(tree[0]!.children[1]!.children.map((n) => n.id)).toEqual(['village-c']);
  });

  it('treats an agency whose parent is missing as a root', () => {
    expect(buildAgencyTree([{ id: 'x', parentId: 'gone' }]).map((n) => n.id)).toEqual(['x']);
  });
});
