/** Registers the register of rules and normative documents, interpretations, Art. 20 figures, table A. */
import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../../app-deps.ts';

export async function registerRegisterRoutes(_app: FastifyInstance, _deps: AppDeps): Promise<void> {}
