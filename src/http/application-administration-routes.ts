/** Registers the working-day calendar, table B statistics and the ledger import. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';
import { registerCalendarRoutes } from './console/calendar/routes.ts';
import { registerLedgerImportRoutes } from './console/ledger-import/routes.ts';
import { registerStatisticsRoutes } from './console/statistics/routes.ts';

export async function registerApplicationAdministrationRoutes(app: FastifyInstance, _deps: AppDeps): Promise<void> {
  registerCalendarRoutes(app);
  registerStatisticsRoutes(app);
  await registerLedgerImportRoutes(app);
}
