/**
 * Registers the register of rules and normative documents, interpretations, Art. 20 figures and
 * table A: the register pages (register-page-routes.ts), the Art. 20 pages (art20-routes.ts) and
 * the table A API (table-a-api.ts). The automatic expiry runs on a timer the server starts
 * (expiry-timer.ts).
 */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';
import { registerArt20Routes } from './art20-routes.ts';
import { registerRegisterPageRoutes } from './register-page-routes.ts';
import { registerTableAApiRoute } from './table-a-api.ts';

export async function registerRegisterRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  registerRegisterPageRoutes(app);
  await registerArt20Routes(app);
  registerTableAApiRoute(app);
}
