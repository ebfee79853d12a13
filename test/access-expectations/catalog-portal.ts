/**
 * Access-table expectations for the public catalogue (every route public: browsing, item pages and
 * attachments of a published item made in the probed agency, feeds, sitemap) and the catalogue's
 * console settings (`catalog.configure` on the agency named in the query or the form;
 * `classification.update`, platform-wide). Merged in ./index.ts.
 */
import { addTestAttachment, createTestItem } from '../../src/http/portal/catalog/catalog-test-data.ts';
import { itemPath } from '../../src/use-cases/catalog/portal/item-url.ts';
import type { ProbeContext, RouteExpectation } from '../access-probe.ts';

const get = (url: string) => () => ({ method: 'GET', url }) as const;

async function publishedItem(c: ProbeContext) {
  return createTestItem(c.db, { agencyId: c.agency.id, title: `${c.agency.name}公开的信息` });
}

export const catalogPortalExpectations: Record<string, RouteExpectation> = {
  'GET /catalog': { rule: 'public', target: 'none', probe: get('/catalog?year=2025') },
  'GET /agencies/:agencyCode/catalog': { rule: 'public', target: 'none', probe: (c) => ({ method: 'GET', url: `/agencies/${c.agency.code}/catalog` }) },
  'GET /agencies/:agencyCode/items/:indexNumber': {
    rule: 'public',
    target: 'none',
    probe: async (c) => {
      const item = await publishedItem(c);
      return { method: 'GET', url: itemPath(c.agency.code, item.indexNumber) };
    },
  },
  'GET /agencies/:agencyCode/items/:indexNumber/attachments/:attachmentId': {
    rule: 'public',
    target: 'none',
    probe: async (c) => {
      const item = await publishedItem(c);
      const file = await addTestAttachment(c.db, item, { fileName: '附件.pdf', mediaType: 'application/pdf', content: new TextEncoder().encode('%PDF-1.4 probe') });
      return { method: 'GET', url: `${itemPath(c.agency.code, item.indexNumber)}/attachments/${file.id}` };
    },
  },
  // The 索引号 typed with its `/` unencoded: a redirect to the permanent URL.
  'GET /agencies/:agencyCode/items/*': {
    rule: 'public',
    target: 'none',
    probe: async (c) => ({ method: 'GET', url: `/agencies/${c.agency.code}/items/${(await publishedItem(c)).indexNumber}` }),
  },
  'GET /feeds/catalog.atom': { rule: 'public', target: 'none', probe: get('/feeds/catalog.atom') },
  'GET /feeds/catalog.rss': { rule: 'public', target: 'none', probe: (c) => ({ method: 'GET', url: `/feeds/catalog.rss?agency=${c.agency.code}` }) },
  'GET /sitemap.xml': { rule: 'public', target: 'none', probe: get('/sitemap.xml') },
  'GET /console/catalog/settings': {
    rule: 'catalog.configure',
    target: 'record',
    probe: (c) => ({ method: 'GET', url: `/console/catalog/settings?agency=${c.agency.code}` }),
  },
  'POST /console/catalog/settings': {
    rule: 'catalog.configure',
    target: 'record',
    probe: (c) => ({
      method: 'POST',
      url: '/console/catalog/settings',
      form: { agencyCode: c.agency.code, indexPattern: '{creditCode}/{year}-{seq:5}', interpretationDueWorkingDays: '3', intent: 'save' },
    }),
  },
  'GET /console/classifications': { rule: 'classification.update', target: 'none', probe: get('/console/classifications?scheme=genre') },
  // Renaming a node to its own name: a real change request that leaves the trees as they are.
  'POST /console/classifications': {
    rule: 'classification.update',
    target: 'none',
    probe: () => ({ method: 'POST', url: '/console/classifications', form: { intent: 'rename', scheme: 'subject', code: 'S01', name: '国务院组织机构' } }),
  },
};
