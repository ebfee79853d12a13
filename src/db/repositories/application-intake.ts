/** What intake writes beyond the case core's repository: the applicant's corrected description. */
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { applications } from '../schema/applications.ts';
import { isUuid } from './ids.ts';

export async function updateApplicationDescription(db: Database, id: string, description: string, now: Date): Promise<void> {
  if (!isUuid(id)) return;
  await db
    .update(applications)
    .set({ description, updatedAt: now, version: sql`${applications.version} + 1` })
    .where(eq(applications.id, id));
}
