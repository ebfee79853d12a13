/**
 * Chinese full-text search of the published catalogue: the portal page `GET /search?q=…` (a GET
 * form, works without JavaScript) and `GET /api/v1/search?q=…`. Both public, both rate-limited
 * per client address (each search reads the index; a script must not be able to flood it).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { runSearch, searchCatalog, type SearchResult } from '../../../use-cases/catalog/search/search-catalog.ts';
import { searchFormSchema, searchInputLabels, searchInputSchema } from '../../../use-cases/catalog/search/search-input.ts';
import { loadSearchOptions } from '../../../use-cases/catalog/search/search-options.ts';
import { checkInput } from '../../../use-cases/input-check.ts';
import type { AppDeps } from '../../app-deps.ts';
import { SearchPage } from '../../../views/pages/portal/search-page.tsx';
import { emptySearchForm, type SearchFormValues } from '../../../views/pages/portal/search-form.tsx';
import { documentationOnly, valueOrThrow } from '../../api/accounts/administration-routing.ts';
import { errorResponseSchema, jsonSchemaOf } from '../../openapi.ts';
import { renderPage } from '../../render-page.tsx';
import { presentSearch } from './presenter.ts';
import { searchResponse } from './schema.ts';
import { createSearchStore } from './search-store.ts';

/** Per client address and minute: a person searching never needs more; a crawler is slowed down. */
export const searchRateLimit = { max: 120, timeWindow: '1 minute' } as const;

const publicAccess = { kind: 'public' } as const;

export async function registerSearchRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  app.get('/search', { config: { access: publicAccess, rateLimit: searchRateLimit } }, async (request, reply) => renderSearch(request, reply));

  app.get(
    '/api/v1/search',
    {
      config: { access: publicAccess, rateLimit: searchRateLimit },
      schema: {
        summary: '全文检索已主动公开的政府信息（标题、正文、附件文字；中文分词，可按机关、分类、类别、年份筛选，分页）',
        tags: ['主动公开'],
        querystring: jsonSchemaOf(searchInputSchema),
        response: { 200: searchResponse, 422: errorResponseSchema, 429: errorResponseSchema },
      },
      validatorCompiler: documentationOnly,
    },
    async (request) => presentSearch(valueOrThrow(await searchCatalog({ store: createSearchStore(request.server.deps.handle.db) }, { input: request.query }))),
  );
}

async function renderSearch(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const store = createSearchStore(request.server.deps.handle.db);
  const values = formValuesOf(request.query);
  const options = await loadSearchOptions({ store }, { now: request.server.deps.now() });
  let result: SearchResult | null = null;
  let issues: Issue[] = [];
  if (values.q.trim() !== '') {
    const checked = checkInput(searchFormSchema, request.query, searchInputLabels);
    if (checked.ok) result = await runSearch(store, checked.value);
    else issues = checked.issues;
  }
  const title = result === null ? '搜索' : `搜索：${result.query.text}`;
  return renderPage(reply, h(SearchPage, { values: result === null ? values : { ...values, q: result.query.text }, options, issues, result }), {
    title,
    layout: 'portal',
    status: issues.length > 0 ? 422 : 200,
  });
}

/** The form's fields as they came, for filling the form again (anything not text counts as empty). */
function formValuesOf(query: unknown): SearchFormValues {
  const fields = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const text = (key: keyof SearchFormValues) => {
    const value = fields[key];
    return typeof value === 'string' ? value.slice(0, 200) : '';
  };
  return { ...emptySearchForm, q: text('q'), agency: text('agency'), subject: text('subject'), genre: text('genre'), kind: text('kind'), from: text('from'), to: text('to') };
}
