/**
 * Registers the console's catalogue: drafting, attachments, three-level review, scheduled
 * publication, withdrawal — in one plugin scope that also reads `multipart/form-data` with the
 * catalogue's upload limit (catalog-multipart.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { registerCatalogMultipart } from './catalog-multipart.ts';
import { registerItemPageRoutes } from './item-page-routes.ts';
import { registerItemListRoutes } from './list-routes.ts';
import { registerReviewRoutes } from './review-routes.ts';

export async function registerInfoItemRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    registerCatalogMultipart(scope);
    registerItemListRoutes(scope);
    registerItemPageRoutes(scope);
    registerReviewRoutes(scope);
  });
}
