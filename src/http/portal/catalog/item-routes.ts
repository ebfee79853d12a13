/**
 * The permanent URL of an item, `GET /agencies/:agencyCode/items/:indexNumber` (the 索引号 URI-encoded:
 * `%2F` for its `/`), answering 410 for a withdrawn item and 404 for an unknown one; its attachments,
 * `GET …/attachments/:attachmentId`, only while the item is published; and an address typed with
 * the `/` unencoded, which is sent on (301) to the permanent URL.
 */
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { CatalogNotFoundError } from '../../../use-cases/catalog/portal/catalog-errors.ts';
import { attachmentPath, itemPath } from '../../../use-cases/catalog/portal/item-url.ts';
import { readPublicAttachment, viewPublicItem } from '../../../use-cases/catalog/portal/view-item.ts';
import { ItemPage, ItemWithdrawnPage } from '../../../views/pages/portal/item-page.tsx';
import { renderPage } from '../../render-page.tsx';
import { parseInput } from '../../validation.ts';
import { catalogPortalDepsOf } from './catalog-portal-stores.ts';
import { downloadHeaders, matchesEtag } from './download-headers.ts';
import { attachmentParamsSchema, itemParamsSchema } from './schema.ts';

const publicAccess = { access: { kind: 'public' } } as const;

export function registerItemRoutes(app: FastifyInstance): void {
  app.get('/agencies/:agencyCode/items/:indexNumber', { config: publicAccess }, async (request, reply) => {
    const params = parseInput(itemParamsSchema, request.params);
    const view = await viewPublicItem(catalogPortalDepsOf(request), params);
    if (view.item.status === 'withdrawn') {
      return renderPage(reply, h(ItemWithdrawnPage, { view }), { title: `${view.item.title}（已撤回）`, layout: 'portal', status: 410 });
    }
    return renderPage(reply, h(ItemPage, { view }), { title: view.item.title, layout: 'portal' });
  });

  app.get('/agencies/:agencyCode/items/:indexNumber/attachments/:attachmentId', { config: publicAccess }, async (request, reply) => {
    const params = parseInput(attachmentParamsSchema, request.params);
    const { file } = await readPublicAttachment(catalogPortalDepsOf(request), params);
    const headers = downloadHeaders(file);
    if (matchesEtag(request.headers['if-none-match'], headers['etag']!)) return reply.status(304).headers(headers).send();
    return reply.headers(headers).send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
  });

  // `/agencies/x/items/ABC/2024-00123` (a 索引号 pasted without encoding): on to the permanent URL.
  app.get('/agencies/:agencyCode/items/*', { config: publicAccess }, async (request, reply) => {
    const params = (request.params ?? {}) as Record<string, unknown>;
    const agencyCode = typeof params['agencyCode'] === 'string' ? params['agencyCode'] : '';
    const rest = typeof params['*'] === 'string' ? params['*'] : '';
    const attachment = /^(.+)\/attachments\/([^/]+)$/.exec(rest);
    const indexNumber = attachment?.[1] ?? rest;
    if (indexNumber === '' || indexNumber.length > 200) throw new CatalogNotFoundError('没有找到这条政府信息。');
    // The item must exist (withdrawn counts): an unknown address is a 404 here, not a redirect to one.
    await viewPublicItem(catalogPortalDepsOf(request), { agencyCode, indexNumber });
    const target = attachment === null ? itemPath(agencyCode, indexNumber) : attachmentPath(agencyCode, indexNumber, attachment[2]!);
    return reply.redirect(target, 301);
  });
}
