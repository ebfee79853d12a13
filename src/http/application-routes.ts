/** The routes of 依申请公开: intake (portal form, tracking, staff registration), case handling, and their administration. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { registerApplicationAdministrationRoutes } from './application-administration-routes.ts';
import { registerCaseRoutes } from './case-routes.ts';
import { registerIntakeRoutes } from './intake-routes.ts';

export async function registerApplicationRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  await registerIntakeRoutes(app, deps);
  await registerCaseRoutes(app, deps);
  await registerApplicationAdministrationRoutes(app, deps);
}
