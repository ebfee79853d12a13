/** The actor's reminders: marking them read (one, or all of them); nobody marks another's. */
import { z } from 'zod';
import type { Principal } from '../../../domain/access/roles.ts';
import { listAgenciesWhere, loadAgencyContext } from '../../agency-context.ts';
import type { CaseHandlingDeps, ReminderAudience, CaseHandlingStore } from './case-handling-store.ts';

export const markReadSchema = z.object({ reminderId: z.string().regex(/^\d{1,15}$/).optional().catch(undefined) });

/** The account's own reminders and the unaddressed ones of the agencies where it registers applications. */
export async function audienceOf(store: Pick<CaseHandlingStore, 'listAgencies'>, principal: Principal): Promise<ReminderAudience> {
  const context = await loadAgencyContext(store);
  return { accountId: principal.accountId, registrarAgencyIds: listAgenciesWhere(principal, 'application.register', context).map((a) => a.id) };
}

export async function markRemindersRead(deps: CaseHandlingDeps, request: { principal: Principal; input: unknown }): Promise<number> {
  const { reminderId } = markReadSchema.parse(request.input ?? {});
  const now = deps.now();
  return deps.transaction(async (store) => {
    const audience = await audienceOf(store, request.principal);
    return store.markRemindersRead(audience, reminderId === undefined ? null : [Number(reminderId)], now);
  });
}
