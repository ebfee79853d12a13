/** The catalogue use cases' deps and actor from a request. */
import type { FastifyRequest } from 'fastify';
import { createInfoItemDeps } from '../../../db/stores/info-item-store.ts';
import type { InfoItemDeps, StaffActor } from '../../../use-cases/catalog/items/info-item-store.ts';
import { requireAccount, requirePrincipal } from '../../route-access.ts';

export function infoItemDepsOf(request: FastifyRequest): InfoItemDeps {
  return createInfoItemDeps(request.server.deps.handle.db, request.server.deps.now);
}

export function staffActorOf(request: FastifyRequest): StaffActor {
  return { principal: requirePrincipal(request), name: requireAccount(request).displayName, ip: request.ip };
}
