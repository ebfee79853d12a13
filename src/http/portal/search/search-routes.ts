/** Registers Chinese full-text search: the portal page and the API. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';

export async function registerSearchRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
