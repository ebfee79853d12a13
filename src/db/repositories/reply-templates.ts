/** The agencies' own wording of their letters (reply_templates): one row per agency and letter type. */
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { replyTemplates } from '../schema/applications.ts';
import { isUuid } from './ids.ts';

export type ReplyTemplateRow = typeof replyTemplates.$inferSelect;

export async function findReplyTemplate(db: Database, agencyId: string, letterType: string): Promise<ReplyTemplateRow | null> {
  if (!isUuid(agencyId)) return null;
  const [row] = await db.select().from(replyTemplates).where(and(eq(replyTemplates.agencyId, agencyId), eq(replyTemplates.letterType, letterType)));
  return row ?? null;
}

export async function listReplyTemplates(db: Database, agencyId: string): Promise<ReplyTemplateRow[]> {
  if (!isUuid(agencyId)) return [];
  return db.select().from(replyTemplates).where(eq(replyTemplates.agencyId, agencyId)).orderBy(asc(replyTemplates.letterType));
}

/** Stores the agency's version of a letter type, replacing any earlier one. */
export async function saveReplyTemplate(
  db: Database,
  row: { agencyId: string; letterType: string; title: string; body: string; updatedAt: Date; updatedByAccountId: string | null },
): Promise<ReplyTemplateRow> {
  const [saved] = await db
    .insert(replyTemplates)
    .values(row)
    .onConflictDoUpdate({
      target: [replyTemplates.agencyId, replyTemplates.letterType],
      set: { title: row.title, body: row.body, updatedAt: row.updatedAt, updatedByAccountId: row.updatedByAccountId },
    })
    .returning();
  return saved!;
}

/** Back to the default wording; true when the agency had its own. */
export async function deleteReplyTemplate(db: Database, agencyId: string, letterType: string): Promise<boolean> {
  if (!isUuid(agencyId)) return false;
  const deleted = await db
    .delete(replyTemplates)
    .where(and(eq(replyTemplates.agencyId, agencyId), eq(replyTemplates.letterType, letterType)))
    .returning({ agencyId: replyTemplates.agencyId });
  return deleted.length > 0;
}
