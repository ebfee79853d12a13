/**
 * The subject and genre trees (classifications): listing, usage by items, and the system admin's
 * changes. `position` is kept as the pre-order of the whole scheme, so `order by position` lists a
 * tree parents first, whoever reads it.
 */
import { and, asc, eq, sql } from 'drizzle-orm';
import type { ClassificationScheme } from '../../domain/catalog/classification.ts';
import type { StoredClassification } from '../../use-cases/catalog/portal/catalog-portal-store.ts';
import type { ClassificationUsage } from '../../use-cases/catalog/settings/catalog-settings-store.ts';
import { queryRows, type Database } from '../database.ts';
import { classifications } from '../schema/catalog.ts';

export async function listClassifications(db: Database): Promise<StoredClassification[]> {
  const rows = await db.select().from(classifications).orderBy(asc(classifications.scheme), asc(classifications.position), asc(classifications.code));
  return rows.map((r) => ({ scheme: r.scheme as ClassificationScheme, code: r.code, name: r.name, parentCode: r.parentCode, position: r.position }));
}

/** Items of any status per code, in both schemes. */
export async function countClassificationUsage(db: Database): Promise<ClassificationUsage[]> {
  const rows = await queryRows<{ scheme: string; code: string; count: number }>(
    db,
    sql`select 'subject' as scheme, subject_code as code, count(*)::int as count from info_items group by subject_code
        union all
        select 'genre' as scheme, genre_code as code, count(*)::int as count from info_items group by genre_code`,
  );
  return rows.map((r) => ({ scheme: r.scheme as ClassificationScheme, code: r.code, count: Number(r.count) }));
}

/** Held until the transaction ends; readers are not blocked. */
export async function lockClassifications(tx: Database): Promise<void> {
  await tx.execute(sql`lock table classifications in share row exclusive mode`);
}

export async function insertClassification(db: Database, node: StoredClassification): Promise<void> {
  await db.insert(classifications).values(node);
}

export async function renameClassification(db: Database, scheme: ClassificationScheme, code: string, name: string): Promise<void> {
  await db.update(classifications).set({ name }).where(and(eq(classifications.scheme, scheme), eq(classifications.code, code)));
}

/** Sets many positions in one statement. */
export async function setClassificationPositions(db: Database, scheme: ClassificationScheme, positions: readonly { code: string; position: number }[]): Promise<void> {
  if (positions.length === 0) return;
  const values = sql.join(
    positions.map((p) => sql`(${p.code}::text, ${p.position}::int)`),
    sql`, `,
  );
  await db.execute(sql`update classifications c set position = v.position from (values ${values}) as v(code, position) where c.scheme = ${scheme} and c.code = v.code`);
}

export async function deleteClassification(db: Database, scheme: ClassificationScheme, code: string): Promise<void> {
  await db.delete(classifications).where(and(eq(classifications.scheme, scheme), eq(classifications.code, code)));
}
