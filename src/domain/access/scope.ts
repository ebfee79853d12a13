/**
 * Which agencies a role grant covers: its own agency, and with `includeSubtree` every agency below
 * it. The agency tree is passed in, so the rules stay pure.
 */
import type { AgencyId, RoleGrant } from './roles.ts';

/**
 * The agency tree as the caller has it: a function telling whether `agencyId` lies below
 * `ancestorId`, or a map from each agency to the ids of all its ancestors (parent first).
 */
export type AgencyAncestry =
  | ((agencyId: AgencyId, ancestorId: AgencyId) => boolean)
  | ReadonlyMap<AgencyId, readonly AgencyId[]>;

/** True when the grant covers the agency. Without an ancestry, only the grant's own agency. */
export function isCoveredBy(
  grant: RoleGrant,
  agencyId: AgencyId,
  ancestry?: AgencyAncestry,
): boolean {
  if (grant.agencyId === agencyId) return true;
  if (!grant.includeSubtree || ancestry === undefined) return false;
  return isBelow(agencyId, grant.agencyId, ancestry);
}

function isBelow(agencyId: AgencyId, ancestorId: AgencyId, ancestry: AgencyAncestry): boolean {
  if (typeof ancestry === 'function') return ancestry(agencyId, ancestorId);
  return ancestry.get(agencyId)?.includes(ancestorId) ?? false;
}

/** The ancestors map from each agency's parent (null for the root), as in the agencies table. */
export function buildAncestry(
  parents: ReadonlyMap<AgencyId, AgencyId | null>,
): Map<AgencyId, AgencyId[]> {
  const ancestry = new Map<AgencyId, AgencyId[]>();
  for (const agencyId of parents.keys()) {
    const chain: AgencyId[] = [];
    let parent = parents.get(agencyId) ?? null;
    // A cycle in corrupt data must not loop forever: stop when an id repeats.
    while (parent !== null && parent !== agencyId && !chain.includes(parent)) {
      chain.push(parent);
      parent = parents.get(parent) ?? null;
    }
    ancestry.set(agencyId, chain);
  }
  return ancestry;
}
