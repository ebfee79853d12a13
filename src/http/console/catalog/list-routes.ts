/**
 * `GET /console/catalog` (the agency's items with filters), `GET /console/catalog/reviews` (待我审核:
 * what waits for the viewer), `GET|POST /console/catalog/new` (a new draft: saved, then the item page).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { DomainError } from '../../../domain/errors.ts';
import { createInfoItem } from '../../../use-cases/catalog/items/create-info-item.ts';
import { getItemFormOptions } from '../../../use-cases/catalog/items/item-form-options.ts';
import { listInfoItems } from '../../../use-cases/catalog/items/list-info-items.ts';
import { listReviewQueue } from '../../../use-cases/catalog/items/list-review-queue.ts';
import { CatalogListPage } from '../../../views/pages/console/catalog-list-page.tsx';
import { CatalogNewPage } from '../../../views/pages/console/catalog-new-page.tsx';
import { CatalogReviewsPage } from '../../../views/pages/console/catalog-reviews-page.tsx';
import { formFields } from '../../api/accounts/administration-routing.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { infoItemDepsOf, staffActorOf } from './item-deps.ts';
import { echoValues, isItemRefusal, itemPageUrl } from './item-page.ts';
import { itemFormFields, parseItemForm } from './item-schema.ts';

const readAccess = { access: { kind: 'action', action: 'info.read' } } as const;
const draftAccess = { access: { kind: 'action', action: 'info.draft' } } as const;

export function registerItemListRoutes(app: FastifyInstance): void {
  app.get('/console/catalog', { config: readAccess }, async (request, reply) => {
    const list = await listInfoItems(infoItemDepsOf(request), { principal: requirePrincipal(request), query: request.query });
    return renderPage(reply, h(CatalogListPage, { list, notice: null }), { title: '主动公开', layout: 'console' });
  });

  app.get('/console/catalog/reviews', { config: readAccess }, async (request, reply) => {
    const queue = await listReviewQueue(infoItemDepsOf(request), { principal: requirePrincipal(request) });
    return renderPage(reply, h(CatalogReviewsPage, { queue }), { title: '待我处理', layout: 'console' });
  });

  app.get('/console/catalog/new', { config: draftAccess }, async (request, reply) => renderNewPage(request, reply, { values: {}, issues: [], error: null }));

  app.post('/console/catalog/new', { config: draftAccess }, async (request, reply) => {
    const body = formFields(request.body);
    const values = echoValues(body, itemFormFields);
    const parsed = parseItemForm(body);
    if (!parsed.ok) return renderNewPage(request, reply, { values, issues: parsed.issues, error: null }, 422);
    try {
      const outcome = await createInfoItem(infoItemDepsOf(request), { actor: staffActorOf(request), form: parsed.value });
      if (!outcome.ok) return renderNewPage(request, reply, { values, issues: outcome.issues, error: null }, 422);
      return reply.redirect(itemPageUrl(outcome.value.id, 'created'), 303);
    } catch (error) {
      if (!isItemRefusal(error)) throw error;
      return renderNewPage(request, reply, { values, issues: [], error }, 409);
    }
  });
}

interface NewPageState {
  values: Record<string, string>;
  issues: readonly Issue[];
  error: DomainError | null;
}

async function renderNewPage(request: FastifyRequest, reply: FastifyReply, state: NewPageState, status = 200): Promise<FastifyReply> {
  const options = await getItemFormOptions(infoItemDepsOf(request), { principal: requirePrincipal(request) });
  // One agency to draft for: its name is the usual 发布机构.
  const only = options.agencies.length === 1 ? options.agencies[0]! : null;
  const defaults = only === null ? {} : { agencyCode: only.code, publisher: only.name };
  const values = { ...defaults, ...Object.fromEntries(Object.entries(state.values).filter(([, v]) => v !== '')) };
  const page = h(CatalogNewPage, { options, values, issues: state.issues, error: state.error?.message ?? null });
  return renderPage(reply, page, { title: '新建信息', layout: 'console', status });
}
