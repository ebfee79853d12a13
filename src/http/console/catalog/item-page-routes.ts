/**
 * The item page and what changes a draft: `GET /console/catalog/:itemId`, `POST …/:itemId` (edit
 * the draft), `POST …/:itemId/attachments` (multipart upload), `POST …/:itemId/attachments/:id/delete`
 * and `GET …/:itemId/attachments/:id` (the staff download, never rendered inline).
 */
import type { FastifyInstance } from 'fastify';
import { addInfoItemAttachments, readInfoItemAttachment, removeInfoItemAttachment } from '../../../use-cases/catalog/items/item-attachments.ts';
import { editInfoItem } from '../../../use-cases/catalog/items/edit-info-item.ts';
import { formFields, paramOf } from '../../api/accounts/administration-routing.ts';
import { uploadsOf } from '../../portal/applications/multipart.ts';
import { requirePrincipal } from '../../route-access.ts';
import { fallbackNameOf, sendDownload } from '../applications/download.ts';
import { infoItemDepsOf, staffActorOf } from './item-deps.ts';
import { failedForm, isItemRefusal, itemNotices, itemPageUrl, renderItemPage } from './item-page.ts';
import { itemFormFields, parseItemForm, toItemForm } from './item-schema.ts';

const readAccess = { access: { kind: 'action', action: 'info.read' } } as const;
const draftAccess = { access: { kind: 'action', action: 'info.draft' } } as const;

export function registerItemPageRoutes(app: FastifyInstance): void {
  app.get('/console/catalog/:itemId', { config: readAccess }, async (request, reply) => {
    const done = (request.query as Record<string, unknown> | undefined)?.['done'];
    return renderItemPage(request, reply, { notice: typeof done === 'string' ? (itemNotices[done] ?? null) : null });
  });

  app.post('/console/catalog/:itemId', { config: draftAccess }, async (request, reply) => {
    const itemId = paramOf(request, 'itemId');
    const body = formFields(request.body);
    const parsed = parseItemForm(body);
    if (!parsed.ok) return renderItemPage(request, reply, { failed: failedForm('edit', body, itemFormFields, parsed.issues), status: 422 });
    try {
      const outcome = await editInfoItem(infoItemDepsOf(request), { actor: staffActorOf(request), itemId, form: toItemForm(parsed.value) });
      if (!outcome.ok) return renderItemPage(request, reply, { failed: failedForm('edit', body, itemFormFields, outcome.issues), status: 422 });
      return reply.redirect(itemPageUrl(itemId, 'saved'), 303);
    } catch (error) {
      if (!isItemRefusal(error)) throw error;
      return renderItemPage(request, reply, { error });
    }
  });

  app.post('/console/catalog/:itemId/attachments', { config: draftAccess }, async (request, reply) => {
    const itemId = paramOf(request, 'itemId');
    const uploads = uploadsOf(request.body)
      .filter((file) => file.field === 'attachments')
      .map((file) => ({ fileName: file.filename, bytes: file.bytes }));
    try {
      const outcome = await addInfoItemAttachments(infoItemDepsOf(request), { actor: staffActorOf(request), itemId, uploads });
      if (!outcome.ok) return renderItemPage(request, reply, { failed: failedForm('attachments', {}, [], outcome.issues), status: 422 });
      return reply.redirect(itemPageUrl(itemId, 'attached'), 303);
    } catch (error) {
      if (!isItemRefusal(error)) throw error;
      return renderItemPage(request, reply, { error });
    }
  });

  app.post('/console/catalog/:itemId/attachments/:attachmentId/delete', { config: draftAccess }, async (request, reply) => {
    const itemId = paramOf(request, 'itemId');
    try {
      await removeInfoItemAttachment(infoItemDepsOf(request), { actor: staffActorOf(request), itemId, attachmentId: paramOf(request, 'attachmentId') });
      return reply.redirect(itemPageUrl(itemId, 'attachmentRemoved'), 303);
    } catch (error) {
      if (!isItemRefusal(error)) throw error;
      return renderItemPage(request, reply, { error });
    }
  });

  app.get('/console/catalog/:itemId/attachments/:attachmentId', { config: readAccess }, async (request, reply) => {
    const { item, attachment } = await readInfoItemAttachment(infoItemDepsOf(request), {
      principal: requirePrincipal(request),
      itemId: paramOf(request, 'itemId'),
      attachmentId: paramOf(request, 'attachmentId'),
    });
    const fallback = fallbackNameOf(item.indexNumber.replace(/[^A-Za-z0-9-]+/g, '-'), `attachment-${attachment.position + 1}`, attachment.fileName);
    return sendDownload(reply, { filename: attachment.fileName, mediaType: attachment.mediaType, content: attachment.content }, fallback);
  });
}
