/**
 * Registers the portal's application form and status page, the public application API, and the
 * console's registration of applications — in one plugin scope that also reads
 * `multipart/form-data` (the forms with attachments); the rest of the app accepts only JSON and
 * URL-encoded forms.
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { registerRegistrationRoutes } from './console/applications/registration-routes.ts';
import { registerIntakeApiRoutes } from './portal/applications/api-routes.ts';
import { registerApplyRoutes } from './portal/applications/apply-routes.ts';
import { registerMultipartParser } from './portal/applications/multipart.ts';
import { registerTrackRoutes } from './portal/applications/track-routes.ts';

export async function registerIntakeRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  await app.register(async (scope) => {
    registerMultipartParser(scope);
    registerApplyRoutes(scope);
    registerTrackRoutes(scope);
    registerIntakeApiRoutes(scope);
    registerRegistrationRoutes(scope);
  });
}
