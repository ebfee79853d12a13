/**
 * The database side of the demo catalogue seed, in one transaction under the seed lock: multi-row
 * inserts (hundreds of single-row statements take PGlite many seconds), the search vectors written
 * with the items — the same vector `refreshSearchVector` (repositories/search-index.ts) computes
 * for an item: jieba tokens, title weight A, body B, attachments' text C.
 */
import { randomUUID } from 'node:crypto';
import { inArray, sql, type SQL } from 'drizzle-orm';
import { tokenString } from '../../domain/search/tokenize.ts';
import type { DemoCatalogRows, SeedDemoCatalogDeps } from '../../use-cases/catalog/seed-demo-catalog.ts';
import type { Database } from '../database.ts';
import { listAgencies } from '../repositories/agencies.ts';
import { appendAuditEntry } from '../repositories/audit-log.ts';
import { listCalendarRows } from '../repositories/calendar.ts';
import { takeTransactionLock } from '../repositories/locks.ts';
import { accounts } from '../schema/accounts.ts';
import { art20Figures, catalogSettings, indexSequences, infoItemAttachments, infoItemHistory, infoItems, registerEvents } from '../schema/catalog.ts';

/** Rows per insert statement, well under PostgreSQL's 65,535 parameters (an item has 24 columns). */
const chunkSize = 400;

export function createDemoCatalogDeps(db: Database): SeedDemoCatalogDeps {
  return {
    runExclusive: (work) =>
      db.transaction(async (tx) => {
        await takeTransactionLock(tx, 'seedDemo');
        return work({
          hasInfoItems: async (agencyIds) =>
            agencyIds.length > 0 && (await tx.select({ id: infoItems.id }).from(infoItems).where(inArray(infoItems.agencyId, [...agencyIds])).limit(1)).length > 0,
          listAgencies: () => listAgencies(tx),
          findAccountIds: async (usernames) => {
            const rows = await tx.select({ id: accounts.id, username: accounts.username }).from(accounts).where(inArray(accounts.username, [...usernames]));
            return new Map(rows.map((r) => [r.username, r.id]));
          },
          listCalendarRows: () => listCalendarRows(tx),
          listIndexPatterns: async (agencyIds) => {
            if (agencyIds.length === 0) return new Map();
            const rows = await tx.select({ agencyId: catalogSettings.agencyId, pattern: catalogSettings.indexPattern }).from(catalogSettings).where(inArray(catalogSettings.agencyId, [...agencyIds]));
            return new Map(rows.map((r) => [r.agencyId, r.pattern]));
          },
          insertDemoCatalog: (rows) => insertDemoCatalog(tx, rows),
          appendAudit: (entry) => appendAuditEntry(tx, entry),
        });
      }),
    newId: randomUUID,
  };
}

async function insertDemoCatalog(tx: Database, rows: DemoCatalogRows): Promise<void> {
  if (rows.catalogSettings.length > 0) await tx.insert(catalogSettings).values(rows.catalogSettings).onConflictDoNothing();
  const attachmentText = new Map<string, string>();
  for (const a of rows.attachments) attachmentText.set(a.itemId, `${attachmentText.get(a.itemId) ?? ''} ${a.extractedText}`.trim());
  const withVectors = rows.items.map((item) => ({ ...item, searchVector: searchVectorOf(item.title, item.bodyText, attachmentText.get(item.id) ?? '') }));
  await inChunks(withVectors, (chunk) => tx.insert(infoItems).values(chunk));
  // Attachments hold whole files: a few per statement.
  for (const attachment of rows.attachments) await tx.insert(infoItemAttachments).values(attachment);
  await inChunks(rows.history, (chunk) => tx.insert(infoItemHistory).values(chunk));
  await inChunks(rows.registerEvents, (chunk) => tx.insert(registerEvents).values(chunk));
  if (rows.indexSequences.length > 0) {
    await tx
      .insert(indexSequences)
      .values(rows.indexSequences)
      .onConflictDoUpdate({ target: [indexSequences.agencyId, indexSequences.year], set: { lastValue: sql`greatest(${indexSequences.lastValue}, excluded.last_value)` } });
  }
  if (rows.art20Figures.length > 0) await tx.insert(art20Figures).values(rows.art20Figures).onConflictDoNothing();
}

function searchVectorOf(title: string, body: string, attachments: string): SQL<string> {
  return sql<string>`setweight(to_tsvector('simple', ${tokenString(title)}), 'A') || setweight(to_tsvector('simple', ${tokenString(body)}), 'B') ||
    setweight(to_tsvector('simple', ${tokenString(attachments)}), 'C')`;
}

async function inChunks<T>(rows: readonly T[], insert: (chunk: T[]) => Promise<unknown>): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) await insert(rows.slice(start, start + chunkSize));
}
