/**
 * The subject and genre trees as trees: built from the stored rows (siblings in `position` order),
 * walked in pre-order, a node with all its descendants (a filter on 综合政务 includes 政务公开), and
 * item counts rolled up from the nodes to their ancestors. Pure.
 */
import type { ClassificationScheme } from '../../../domain/catalog/classification.ts';
import type { StoredClassification } from '../portal/catalog-portal-store.ts';

export interface ClassificationTreeNode {
  node: StoredClassification;
  depth: number;
  children: ClassificationTreeNode[];
}

/** The scheme's tree; a node whose parent is missing is shown as a root rather than lost. */
export function buildClassificationTree(nodes: readonly StoredClassification[], scheme: ClassificationScheme): ClassificationTreeNode[] {
  const own = nodes.filter((n) => n.scheme === scheme);
  const codes = new Set(own.map((n) => n.code));
  const childrenOf = new Map<string | null, StoredClassification[]>();
  for (const node of own) {
    const parent = node.parentCode !== null && codes.has(node.parentCode) && node.parentCode !== node.code ? node.parentCode : null;
    childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), node]);
  }
  // Depth is bounded: the console only adds children under existing nodes, so there are no cycles.
  const grow = (parent: string | null, depth: number): ClassificationTreeNode[] =>
    [...(childrenOf.get(parent) ?? [])]
      .sort((a, b) => a.position - b.position || a.code.localeCompare(b.code))
      .map((node) => ({ node, depth, children: depth < 10 ? grow(node.code, depth + 1) : [] }));
  return grow(null, 0);
}

/** Every node of the tree, parents before their children, siblings in order. */
export function flattenTree(tree: readonly ClassificationTreeNode[]): ClassificationTreeNode[] {
  return tree.flatMap((entry) => [entry, ...flattenTree(entry.children)]);
}

export function findTreeNode(tree: readonly ClassificationTreeNode[], code: string): ClassificationTreeNode | null {
  for (const entry of tree) {
    if (entry.node.code === code) return entry;
    const found = findTreeNode(entry.children, code);
    if (found !== null) return found;
  }
  return null;
}

/** The node's code and its descendants' codes: what a filter on the node matches. */
export function codesUnder(entry: ClassificationTreeNode): string[] {
  return [entry.node.code, ...entry.children.flatMap(codesUnder)];
}

/** The root-first path to the node (for breadcrumbs and for opening the tree where the filter is). */
export function pathTo(tree: readonly ClassificationTreeNode[], code: string): ClassificationTreeNode[] {
  for (const entry of tree) {
    if (entry.node.code === code) return [entry];
    const below = pathTo(entry.children, code);
    if (below.length > 0) return [entry, ...below];
  }
  return [];
}

/** Each node's count with its descendants' counts added (items filed under a node or below it). */
export function rollUpCounts(tree: readonly ClassificationTreeNode[], counts: ReadonlyMap<string, number>): Map<string, number> {
  const totals = new Map<string, number>();
  const visit = (entry: ClassificationTreeNode): number => {
    const total = (counts.get(entry.node.code) ?? 0) + entry.children.reduce((sum, child) => sum + visit(child), 0);
    totals.set(entry.node.code, total);
    return total;
  };
  tree.forEach(visit);
  return totals;
}
