/**
 * The pure rules of editing a classification tree: the code of a new node (its parent's code plus
 * two digits, `S02` → `S0207`; a top-level node `S23`), how deep a tree may grow, names unique among
 * siblings, moving a node before or after its sibling, and the positions that keep the whole
 * scheme in pre-order.
 */
import type { ClassificationScheme } from '../../../domain/catalog/classification.ts';
import type { StoredClassification } from '../portal/catalog-portal-store.ts';
import { flattenTree, type ClassificationTreeNode } from './classification-tree.ts';

/** Three levels: 大类 › 小类 › 细类. */
export const maxClassificationDepth = 3;
export const classificationNameLength = 40;

const schemePrefix: Record<ClassificationScheme, string> = { subject: 'S', genre: 'G' };

/** The next free code under the parent (null: top level), or null when the 99 two-digit codes are used up. */
export function nextClassificationCode(nodes: readonly StoredClassification[], scheme: ClassificationScheme, parentCode: string | null): string | null {
  const prefix = parentCode ?? schemePrefix[scheme];
  const taken = new Set(nodes.filter((n) => n.scheme === scheme).map((n) => n.code));
  const pattern = new RegExp(`^${prefix.replace(/[^A-Za-z0-9]/g, '')}(\\d{2})$`);
  const used = [...taken].map((code) => pattern.exec(code)?.[1]).filter((d): d is string => d !== undefined).map(Number);
  for (let n = Math.max(0, ...used) + 1; n <= 99; n += 1) {
    const code = `${prefix}${String(n).padStart(2, '0')}`;
    if (!taken.has(code)) return code;
  }
  return null;
}

/** Whether a sibling (same parent) other than `exceptCode` already has the name. */
export function isNameTakenAmongSiblings(nodes: readonly StoredClassification[], scheme: ClassificationScheme, parentCode: string | null, name: string, exceptCode: string | null): boolean {
  return nodes.some((n) => n.scheme === scheme && n.parentCode === parentCode && n.code !== exceptCode && n.name === name);
}

/** The siblings in order after moving `code` one place up or down; null when it is already at that end. */
export function moveAmongSiblings(siblings: readonly ClassificationTreeNode[], code: string, direction: 'up' | 'down'): string[] | null {
  const order = siblings.map((s) => s.node.code);
  const at = order.indexOf(code);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= order.length) return null;
  [order[at], order[to]] = [order[to]!, order[at]!];
  return order;
}

/**
 * Positions that list the scheme in pre-order (0, 1, 2, …) for the tree as it should be, compared
 * with the positions stored now: only the ones that change.
 */
export function preorderPositions(tree: readonly ClassificationTreeNode[], stored: readonly StoredClassification[]): { code: string; position: number }[] {
  const current = new Map(stored.map((n) => [n.code, n.position]));
  return flattenTree(tree)
    .map((entry, position) => ({ code: entry.node.code, position }))
    .filter((p) => current.get(p.code) !== p.position);
}
