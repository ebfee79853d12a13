/**
 * Loading an item for an action: the record, judged against the access rules on the agency that
 * holds it. An item that does not exist is `info.notFound` (404); one of an agency outside the
 * actor's scope is `access_denied` (403).
 */
import type { Action } from '../../../domain/access/access-table.ts';
import { assertCan, can } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { loadAgencyContext, type AgencyContext } from '../../agency-context.ts';
import { InfoItemNotFoundError } from './info-item-errors.ts';
import type { InfoItemRecord, InfoItemStore } from './info-item-store.ts';

export interface LoadedItem {
  item: InfoItemRecord;
  agency: Agency;
  context: AgencyContext;
  /** Whether the principal may take another action on this item's agency. */
  may(action: Action): boolean;
}

/** The item for `action`; `lock` (inside a changing use case) keeps the row locked until commit. */
export async function loadItemFor(store: InfoItemStore, principal: Principal, action: Action, itemId: string, options: { lock?: boolean } = {}): Promise<LoadedItem> {
  const item = options.lock === true ? await store.lockItem(itemId) : await store.findItem(itemId);
  if (item === null) throw new InfoItemNotFoundError();
  const context = await loadAgencyContext(store);
  assertCan(principal, action, { agencyId: item.agencyId }, context.ancestry);
  const agency = context.byId.get(item.agencyId);
  if (agency === undefined) throw new Error(`agency ${item.agencyId} of info item ${item.id} is missing`);
  return { item, agency, context, may: (other) => can(principal, other, { agencyId: item.agencyId }, context.ancestry) };
}
