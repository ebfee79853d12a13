/** Agencies: create, look up by id or code, the tree, subtrees, and the disclosure office details. */
import { asc, eq, sql } from 'drizzle-orm';
import type { Agency, AgencyKind, DisclosureOffice } from '../../domain/agencies/agency.ts';
import { buildAgencyTree, type AgencyTreeNode } from '../../domain/agencies/agency-tree.ts';
import { queryRows, type Database } from '../database.ts';
import { agencies } from '../schema/agencies.ts';
import { isUuid } from './ids.ts';

export interface NewAgency extends Partial<DisclosureOffice> {
  parentId: string | null;
  code: string;
  name: string;
  kind: AgencyKind;
  creditCode?: string | null;
}

export async function createAgency(db: Database, agency: NewAgency): Promise<Agency> {
  const [row] = await db.insert(agencies).values(agency).returning();
  return row!;
}

export async function getAgencyById(db: Database, id: string): Promise<Agency | null> {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(agencies).where(eq(agencies.id, id));
  return row ?? null;
}

export async function getAgencyByCode(db: Database, code: string): Promise<Agency | null> {
  const [row] = await db.select().from(agencies).where(eq(agencies.code, code));
  return row ?? null;
}

/** Every agency, ordered by code (the county's code sorts before its departments' `lcx-…`). */
export async function listAgencies(db: Database): Promise<Agency[]> {
  return db.select().from(agencies).orderBy(asc(agencies.code));
}

/** The agencies as a tree: roots with their children nested, each level ordered by code. */
export async function listAgencyTree(db: Database): Promise<AgencyTreeNode<Agency>[]> {
  return buildAgencyTree(await listAgencies(db));
}

/** The ids of the agency and everything below it (empty when the agency does not exist). */
export async function listSubtreeIds(db: Database, rootId: string): Promise<string[]> {
  if (!isUuid(rootId)) return [];
  // UNION (not UNION ALL) stops at a cycle in corrupt data instead of recursing forever.
  const rows = await queryRows<{ id: string }>(
    db,
    sql`with recursive subtree(id) as (
          select ${agencies.id} from ${agencies} where ${agencies.id} = ${rootId}
          union
          select a.id from ${agencies} a join subtree s on a.parent_id = s.id
        )
        select id::text as id from subtree`,
  );
  return rows.map((r) => r.id);
}

/** Changes the disclosure office details given (the others stay); returns the updated agency, or null if absent. */
export async function updateDisclosureOffice(
  db: Database,
  id: string,
  office: Partial<DisclosureOffice>,
  now: Date,
): Promise<Agency | null> {
  if (!isUuid(id)) return null;
  const { officeName, address, postcode, phone, email, hours } = office;
  const changes = { officeName, address, postcode, phone, email, hours };
  const [row] = await db
    .update(agencies)
    .set({ ...withoutUndefined(changes), updatedAt: now })
    .where(eq(agencies.id, id))
    .returning();
  return row ?? null;
}

function withoutUndefined<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<T>;
}
