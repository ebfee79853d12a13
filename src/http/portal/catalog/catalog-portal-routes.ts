/** Registers the public catalogue: browsing, item pages, attachments, 指南, feeds, sitemap. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';

export async function registerCatalogPortalRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
