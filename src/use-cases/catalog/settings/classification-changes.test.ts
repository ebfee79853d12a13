import { describe, expect, it } from 'vitest';
import { defaultClassifications, type ClassificationScheme } from '../../../domain/catalog/classification.ts';
import type { StoredClassification } from '../portal/catalog-portal-store.ts';
import { isNameTakenAmongSiblings, moveAmongSiblings, nextClassificationCode, preorderPositions } from './classification-changes.ts';
import { buildClassificationTree, codesUnder, findTreeNode, flattenTree, pathTo, rollUpCounts } from './classification-tree.ts';

const stored = (scheme: ClassificationScheme): StoredClassification[] => defaultClassifications[scheme].map((n, position) => ({ ...n, scheme, position }));
const genre = stored('genre');

describe('classification trees', () => {
  it('builds the default genre tree with siblings in position order and a node with its descendants', () => {
    const tree = buildClassificationTree(genre, 'genre');
    expect(tree.map((e) => e.node.name).slice(0, 4)).toEqual(['规章', '行政规范性文件', '其他文件', '政策解读']);
    const other = findTreeNode(tree, 'G03')!;
    expect(codesUnder(other)).toEqual(['G03', 'G0301', 'G0302', 'G0303', 'G0304', 'G0305', 'G0306', 'G0307']);
    expect(pathTo(tree, 'G0302').map((e) => e.node.name)).toEqual(['其他文件', '公告']);
    expect(flattenTree(tree).map((e) => e.node.code)).toEqual(genre.map((n) => n.code));
  });

  it('orders siblings by position, not by code, and keeps a node whose parent is gone as a root', () => {
    const swapped = genre.map((n) => (n.code === 'G01' ? { ...n, position: 99 } : n));
    const orphan: StoredClassification = { scheme: 'genre', code: 'G9901', name: '孤立', parentCode: 'G99', position: 0 };
    const tree = buildClassificationTree([...swapped, orphan], 'genre');
    expect(tree[0]?.node.code).toBe('G9901');
    expect(tree.at(-1)?.node.code).toBe('G01');
  });

  it('rolls item counts up to every ancestor', () => {
    const tree = buildClassificationTree(genre, 'genre');
    const totals = rollUpCounts(tree, new Map([['G0301', 3], ['G0302', 2], ['G03', 1], ['G01', 4]]));
    expect(totals.get('G03')).toBe(6);
    expect(totals.get('G0301')).toBe(3);
    expect(totals.get('G01')).toBe(4);
    expect(totals.get('G02')).toBe(0);
  });
});

describe('classification changes', () => {
  it('gives a new node the next code after its siblings, at the top level and below a parent', () => {
    expect(nextClassificationCode(genre, 'genre', null)).toBe('G13');
    expect(nextClassificationCode(genre, 'genre', 'G03')).toBe('G0308');
    expect(nextClassificationCode(genre, 'genre', 'G01')).toBe('G0101');
    const full = Array.from({ length: 99 }, (_, i): StoredClassification => ({ scheme: 'genre', code: `G05${String(i + 1).padStart(2, '0')}`, name: `第${i}`, parentCode: 'G05', position: i }));
    expect(nextClassificationCode(full, 'genre', 'G05')).toBeNull();
  });

  it('finds a name taken among siblings only', () => {
    expect(isNameTakenAmongSiblings(genre, 'genre', 'G03', '通知', null)).toBe(true);
    expect(isNameTakenAmongSiblings(genre, 'genre', 'G03', '通知', 'G0301')).toBe(false);
    expect(isNameTakenAmongSiblings(genre, 'genre', null, '通知', null)).toBe(false);
  });

  it('moves a node among its siblings, and refuses to move past either end', () => {
    const tree = buildClassificationTree(genre, 'genre');
    const children = findTreeNode(tree, 'G03')!.children;
    expect(moveAmongSiblings(children, 'G0302', 'up')?.slice(0, 3)).toEqual(['G0302', 'G0301', 'G0303']);
    expect(moveAmongSiblings(children, 'G0301', 'up')).toBeNull();
    expect(moveAmongSiblings(children, 'G0307', 'down')).toBeNull();
  });

  it('renumbers only the positions that change, keeping the scheme in pre-order', () => {
    expect(preorderPositions(buildClassificationTree(genre, 'genre'), genre)).toEqual([]);
    const moved = genre.map((n) => (n.code === 'G02' ? { ...n, position: -1 } : n));
    const changes = preorderPositions(buildClassificationTree(moved, 'genre'), genre);
    expect(changes).toEqual([
      { code: 'G02', position: 0 },
      { code: 'G01', position: 1 },
    ]);
  });
});
