/** The routes of 主动公开: the console's catalogue and review, the register and Art. 20 figures, the public catalogue and search. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { registerInfoItemRoutes } from './console/catalog/item-routes.ts';
import { registerRegisterRoutes } from './console/register/register-routes.ts';
import { registerCatalogPortalRoutes } from './portal/catalog/catalog-portal-routes.ts';
import { registerSearchRoutes } from './portal/search/search-routes.ts';

export async function registerCatalogRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerInfoItemRoutes(app, deps);
  await registerRegisterRoutes(app, deps);
  await registerCatalogPortalRoutes(app, deps);
  await registerSearchRoutes(app, deps);
}
