/**
 * Access-table expectations for the console's catalogue and review (merged in ./index.ts). Each
 * probe builds its own item in the probed agency, in the status the route acts on. Drafts are
 * edited and submitted only by their author, so the probes of those routes make the signed-in
 * probe account (the account created last) the author; reviewers are never the author, and the
 * earlier stages were approved by someone else.
 */
import type { ProbeRequest } from '../../src/http/api/accounts/administration-test-client.ts';
import { createTestAttachment, createTestItem, latestAccountId } from '../catalog-factories.ts';
import type { ProbeContext, RouteExpectation } from '../access-probe.ts';

const ownDraft = async (c: ProbeContext) => createTestItem(c.db, { agencyId: c.agency.id, authorAccountId: await latestAccountId(c.db) });
const itemIn = (c: ProbeContext, status: 'firstReview' | 'secondReview' | 'finalReview' | 'published') => createTestItem(c.db, { agencyId: c.agency.id, status });

const draftForm = (c: ProbeContext) => ({
  agencyCode: c.agency.code,
  kind: 'general',
  title: '关于开展春季植树活动的通知',
  publisher: c.agency.name,
  writtenOn: '2025-02-27',
  subjectCode: 'S0501',
  genreCode: 'G0301',
  bodyHtml: '<p>各单位：</p>',
});

async function attachmentUpload(c: ProbeContext): Promise<ProbeRequest> {
  const item = await ownDraft(c);
  const form = new FormData();
  form.set('attachments', new Blob([new TextEncoder().encode('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n')]), '批复.pdf');
  const request = new Request('http://probe/', { method: 'POST', body: form as unknown as string });
  return { method: 'POST', url: `/console/catalog/${item.id}/attachments`, raw: { contentType: request.headers.get('content-type')!, payload: Buffer.from(await request.arrayBuffer()) } };
}

const approve = { decision: 'approve', comment: '同意。' };

export const infoItemExpectations: Record<string, RouteExpectation> = {
  'GET /console/catalog': {
    rule: 'info.read',
    target: 'list',
    probe: async (c) => (await createTestItem(c.db, { agencyId: c.world.deptB.id, title: `${c.marker} 乙局的通知`, at: new Date() }), { method: 'GET', url: '/console/catalog' }),
  },
  // What waits for the viewer depends on the stages the viewer can decide, not only on reading:
  // a registrar may open the page but has nothing in it, so B's items cannot be expected there for
  // every county-wide role. Its scope is tested in src/http/console/catalog/item-routes.test.ts.
  'GET /console/catalog/reviews': { rule: 'info.read', target: 'none', probe: () => ({ method: 'GET', url: '/console/catalog/reviews' }) },
  'GET /console/catalog/new': { rule: 'info.draft', target: 'list', probe: () => ({ method: 'GET', url: '/console/catalog/new' }) },
  'POST /console/catalog/new': { rule: 'info.draft', target: 'record', probe: (c) => ({ method: 'POST', url: '/console/catalog/new', form: draftForm(c) }) },
  'GET /console/catalog/:itemId': {
    rule: 'info.read',
    target: 'record',
    probe: async (c) => ({ method: 'GET', url: `/console/catalog/${(await itemIn(c, 'secondReview')).id}` }),
  },
  'POST /console/catalog/:itemId': {
    rule: 'info.draft',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/catalog/${(await ownDraft(c)).id}`, form: draftForm(c) }),
  },
  'POST /console/catalog/:itemId/attachments': { rule: 'info.draft', target: 'record', probe: attachmentUpload },
  'POST /console/catalog/:itemId/attachments/:attachmentId/delete': {
    rule: 'info.draft',
    target: 'record',
    probe: async (c) => {
      const item = await ownDraft(c);
      const attachment = await createTestAttachment(c.db, item);
      return { method: 'POST', url: `/console/catalog/${item.id}/attachments/${attachment.id}/delete`, form: {} };
    },
  },
  'GET /console/catalog/:itemId/attachments/:attachmentId': {
    rule: 'info.read',
    target: 'record',
    probe: async (c) => {
      const item = await itemIn(c, 'firstReview');
      return { method: 'GET', url: `/console/catalog/${item.id}/attachments/${(await createTestAttachment(c.db, item)).id}` };
    },
  },
  'POST /console/catalog/:itemId/submit': {
    rule: 'info.draft',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/catalog/${(await ownDraft(c)).id}/submit`, form: {} }),
  },
  'POST /console/catalog/:itemId/review/first': {
    rule: 'info.reviewFirst',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/catalog/${(await itemIn(c, 'firstReview')).id}/review/first`, form: approve }),
  },
  'POST /console/catalog/:itemId/review/second': {
    rule: 'info.reviewSecond',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/catalog/${(await itemIn(c, 'secondReview')).id}/review/second`, form: { decision: 'sendBack', comment: '请补充附件。' } }),
  },
  'POST /console/catalog/:itemId/review/final': {
    rule: 'info.reviewFinal',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/catalog/${(await itemIn(c, 'finalReview')).id}/review/final`, form: { ...approve, publishAt: '' } }),
  },
  'POST /console/catalog/:itemId/withdraw': {
    rule: 'info.withdraw',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/catalog/${(await itemIn(c, 'published')).id}/withdraw`, form: { reason: '内容需要更正。' } }),
  },
};
