/** An agency's catalogue settings (catalog_settings) and the last 索引号 sequence number of a year (index_sequences). */
import { and, eq } from 'drizzle-orm';
import type { StoredCatalogSettings } from '../../use-cases/catalog/settings/catalog-settings-store.ts';
import type { Database } from '../database.ts';
import { catalogSettings, indexSequences } from '../schema/catalog.ts';
import { isUuid } from './ids.ts';

export async function findCatalogSettings(db: Database, agencyId: string): Promise<StoredCatalogSettings | null> {
  if (!isUuid(agencyId)) return null;
  const [row] = await db.select().from(catalogSettings).where(eq(catalogSettings.agencyId, agencyId));
  return row ?? null;
}

export async function saveCatalogSettings(db: Database, settings: StoredCatalogSettings): Promise<void> {
  const { indexPattern, interpretationDueWorkingDays, updatedAt } = settings;
  await db
    .insert(catalogSettings)
    .values(settings)
    .onConflictDoUpdate({ target: catalogSettings.agencyId, set: { indexPattern, interpretationDueWorkingDays, updatedAt } });
}

export async function findLastIndexSequence(db: Database, agencyId: string, year: number): Promise<number> {
  if (!isUuid(agencyId)) return 0;
  const [row] = await db
    .select({ lastValue: indexSequences.lastValue })
    .from(indexSequences)
    .where(and(eq(indexSequences.agencyId, agencyId), eq(indexSequences.year, year)));
  return row?.lastValue ?? 0;
}
