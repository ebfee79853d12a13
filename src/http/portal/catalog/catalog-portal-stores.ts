/** The public catalogue's port (src/use-cases/catalog/portal/catalog-portal-store.ts) built from the repositories. */
import type { FastifyRequest } from 'fastify';
import type { Database } from '../../../db/database.ts';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import {
  countCatalogFacets,
  countSitemapItems,
  findPublicItem,
  findPublishedItemLink,
  listInterpretationsOf,
  listItemAttachments,
  listLatestPublished,
  listPublishedItems,
  listRegisterEventsBy,
  listRegisterEventsOf,
  listSitemapItems,
  readItemAttachment,
} from '../../../db/repositories/catalog-portal.ts';
import { listClassifications } from '../../../db/repositories/classifications.ts';
import type { CatalogPortalDeps, CatalogPortalStore } from '../../../use-cases/catalog/portal/catalog-portal-store.ts';

export function createCatalogPortalStore(db: Database): CatalogPortalStore {
  return {
    listAgencies: () => listAgencies(db),
    listClassifications: () => listClassifications(db),
    listPublishedItems: (query, page) => listPublishedItems(db, query, page),
    countCatalogFacets: (query) => countCatalogFacets(db, query),
    findPublicItem: (agencyCode, indexNumber) => findPublicItem(db, agencyCode, indexNumber),
    findPublishedItemLink: (itemId) => findPublishedItemLink(db, itemId),
    listInterpretationsOf: (itemId) => listInterpretationsOf(db, itemId),
    listRegisterEventsOf: (itemId) => listRegisterEventsOf(db, itemId),
    listRegisterEventsBy: (itemId) => listRegisterEventsBy(db, itemId),
    listAttachments: (itemId) => listItemAttachments(db, itemId),
    readAttachment: (itemId, attachmentId) => readItemAttachment(db, itemId, attachmentId),
    listLatestPublished: (query) => listLatestPublished(db, query),
    countSitemapItems: () => countSitemapItems(db),
    listSitemapItems: (page) => listSitemapItems(db, page),
  };
}

/** The deps of a request: its database and the app's clock. */
export function catalogPortalDepsOf(request: FastifyRequest): CatalogPortalDeps {
  return { store: createCatalogPortalStore(request.server.deps.handle.db), now: request.server.deps.now };
}
