/** The agency tree (county government → departments and townships), computed from parent links. */

export interface AgencyLink {
  id: string;
  parentId: string | null;
}

export type AgencyTreeNode<T extends AgencyLink> = T & { children: AgencyTreeNode<T>[] };

/** The ids of `rootId` and everything below it, root first, in breadth-first order. */
export function collectSubtreeIds(agencies: readonly AgencyLink[], rootId: string): string[] {
  const childrenOf = groupChildIds(agencies);
  if (!agencies.some((a) => a.id === rootId)) return [];
  const ids = [rootId];
  // Index-based walk; the `seen` set stops a corrupted (cyclic) parent chain from looping forever.
  const seen = new Set(ids);
  for (let i = 0; i < ids.length; i += 1) {
    for (const child of childrenOf.get(ids[i]!) ?? []) {
      if (!seen.has(child)) {
        seen.add(child);
        ids.push(child);
      }
    }
  }
  return ids;
}

/** The ids from `id` up to the root, `id` first. Stops at a cycle or a missing parent. */
export function collectAncestorIds(agencies: readonly AgencyLink[], id: string): string[] {
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const ids: string[] = [];
  for (let current = byId.get(id); current !== undefined && !ids.includes(current.id); ) {
    ids.push(current.id);
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return ids;
}

/** Whether `descendantId` is `ancestorId` itself or lies below it. */
export function isWithinSubtree(agencies: readonly AgencyLink[], ancestorId: string, descendantId: string): boolean {
  return collectAncestorIds(agencies, descendantId).includes(ancestorId);
}

/** Roots (no parent, or a parent not in the list) with their children nested, keeping the given order. */
export function buildAgencyTree<T extends AgencyLink>(agencies: readonly T[]): AgencyTreeNode<T>[] {
  const nodes = new Map(agencies.map((a) => [a.id, { ...a, children: [] as AgencyTreeNode<T>[] }]));
  const roots: AgencyTreeNode<T>[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId === null ? undefined : nodes.get(node.parentId);
    if (parent === undefined || parent === node) roots.push(node);
    else parent.children.push(node);
  }
  return roots;
}

function groupChildIds(agencies: readonly AgencyLink[]): Map<string, string[]> {
  const childrenOf = new Map<string, string[]>();
  for (const a of agencies) {
    if (a.parentId === null) continue;
    const list = childrenOf.get(a.parentId) ?? [];
    list.push(a.id);
    childrenOf.set(a.parentId, list);
  }
  return childrenOf;
}
