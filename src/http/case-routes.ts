/** Registers the console's worklist, case page, steps, letters and reply templates. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from './app-deps.ts';

export async function registerCaseRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
