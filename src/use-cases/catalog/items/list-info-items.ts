/**
 * The console's catalogue list: the items of the agencies the viewer may read, newest change
 * first, filtered by status, kind and year, with who must act next on each.
 */
import { z } from 'zod';
import { can, scopesFor } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import { infoItemKinds, infoItemStatuses } from '../../../domain/catalog/info-item.ts';
import { listAgenciesWhere, loadAgencyContext } from '../../agency-context.ts';
import { chinaDateOf } from '../../applications/china-date.ts';
import type { InfoItemDeps, InfoItemSummary } from './info-item-store.ts';

export const itemListPageSize = 30;

export const itemListFilterSchema = z.object({
  status: z.enum([...infoItemStatuses, 'all']).catch('all'),
  kind: z.enum([...infoItemKinds, 'all']).catch('all'),
  year: z.union([z.literal(''), z.string().regex(/^\d{4}$/)]).catch(''),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type ItemListFilter = z.output<typeof itemListFilterSchema>;

export interface ItemListRow extends InfoItemSummary {
  agencyName: string;
  authorName: string | null;
}

export interface ItemList {
  today: string;
  filter: ItemListFilter;
  rows: ItemListRow[];
  total: number;
  page: number;
  pageCount: number;
  /** Several agencies in scope: the list names each item's agency. */
  showsAgency: boolean;
  /** The viewer may draft somewhere (the list offers “新建信息”). */
  canDraft: boolean;
}

export async function listInfoItems(deps: InfoItemDeps, request: { principal: Principal; query: unknown }): Promise<ItemList> {
  const filter = itemListFilterSchema.parse(request.query ?? {});
  const { principal } = request;
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agencies = listAgenciesWhere(principal, 'info.read', context);
    const query = {
      agencyIds: agencies.map((a) => a.id),
      ...(filter.status === 'all' ? {} : { status: filter.status }),
      ...(filter.kind === 'all' ? {} : { kind: filter.kind }),
      ...(filter.year === '' ? {} : { year: Number(filter.year) }),
      limit: itemListPageSize,
    };
    let { rows, total } = await store.listItems({ ...query, offset: (filter.page - 1) * itemListPageSize });
    const pageCount = Math.max(1, Math.ceil(total / itemListPageSize));
    const page = Math.min(filter.page, pageCount);
    if (page !== filter.page) ({ rows, total } = await store.listItems({ ...query, offset: (page - 1) * itemListPageSize }));
    const names = await store.listAccountNames(rows.flatMap((r) => (r.authorAccountId === null ? [] : [r.authorAccountId])));
    return {
      today: chinaDateOf(deps.now()),
      filter: { ...filter, page },
      rows: rows.map((row) => ({ ...row, agencyName: context.byId.get(row.agencyId)?.name ?? '', authorName: row.authorAccountId === null ? null : (names.get(row.authorAccountId) ?? null) })),
      total,
      page,
      pageCount,
      showsAgency: agencies.length > 1 || scopesFor(principal, 'info.read').some((s) => s.includeSubtree),
      canDraft: can(principal, 'info.draft'),
    };
  });
}
