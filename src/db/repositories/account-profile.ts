/** The parts of an account its owner changes: the display name. (Could live in accounts.ts.) */
import { eq } from 'drizzle-orm';
import type { Database } from '../database.ts';
import { accounts } from '../schema/accounts.ts';
import { isUuid } from './ids.ts';

/** Sets the display name; returns false when the account does not exist. */
export async function setDisplayName(db: Database, id: string, displayName: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const updated = await db.update(accounts).set({ displayName }).where(eq(accounts.id, id)).returning({ id: accounts.id });
  return updated.length > 0;
}
