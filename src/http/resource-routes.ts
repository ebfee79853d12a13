/** The console and API routes for agencies, accounts and the audit log (owned by H8). */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { registerAccountApiRoutes } from './api/accounts/routes.ts';
import { registerRoleApiRoutes } from './api/accounts/role-routes.ts';
import { registerAgencyApiRoutes } from './api/agencies/routes.ts';
import { registerAuditApiRoutes } from './api/audit/routes.ts';
import { registerAccountActionRoutes } from './console/accounts/action-routes.ts';
import { registerAccountConsoleRoutes } from './console/accounts/routes.ts';
import { registerAgencyConsoleRoutes } from './console/agencies/routes.ts';
import { registerAuditConsoleRoutes } from './console/audit/routes.ts';

export async function registerResourceRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  registerAgencyConsoleRoutes(app);
  registerAccountConsoleRoutes(app);
  registerAccountActionRoutes(app);
  registerAuditConsoleRoutes(app);
  registerAgencyApiRoutes(app);
  registerAccountApiRoutes(app);
  registerRoleApiRoutes(app);
  registerAuditApiRoutes(app);
}
