/** The Art. 20 figures (art20_figures): one row per agency and year, replaced as a whole when saved. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Art20Figures } from '../../domain/catalog/art20-figures.ts';
import type { RegisterScope, StoredArt20Figures } from '../../use-cases/catalog/register/register-store.ts';
import type { Database } from '../database.ts';
import { art20Figures } from '../schema/catalog.ts';
import { isUuid } from './ids.ts';

export async function listArt20Figures(db: Database, scope: RegisterScope): Promise<StoredArt20Figures[]> {
  const ids = [...new Set(scope.agencyIds.filter(isUuid))];
  if (ids.length === 0) return [];
  const rows = await db
    .select()
    .from(art20Figures)
    .where(and(inArray(art20Figures.agencyId, ids), eq(art20Figures.year, scope.year)))
    .orderBy(asc(art20Figures.agencyId));
  return rows.map(({ updatedByAccountId: _by, ...row }) => row);
}

export async function saveArt20Figures(db: Database, entry: { agencyId: string; year: number; figures: Art20Figures; accountId: string | null; now: Date }): Promise<void> {
  const values = { ...entry.figures, updatedByAccountId: entry.accountId, updatedAt: entry.now };
  await db
    .insert(art20Figures)
    .values({ agencyId: entry.agencyId, year: entry.year, ...values })
    .onConflictDoUpdate({ target: [art20Figures.agencyId, art20Figures.year], set: values });
}
