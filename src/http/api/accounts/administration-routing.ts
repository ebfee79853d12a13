/**
 * What the agency, account and audit routes (console pages and JSON API) share: the use cases'
 * dependencies and actor from the request, and input handling. Input is checked ONCE, by the use
 * case's zod schema (Chinese messages per field); the JSON Schema in a route's `schema` only
 * documents it in the OpenAPI document — Fastify's own validator would coerce `42` to `"42"` and
 * silently drop unknown fields, which the bad-input rules forbid.
 */
import type { FastifyRequest, FastifySchemaCompiler } from 'fastify';
import type { Actor, AdministrationDeps, Outcome } from '../../../use-cases/administration-store.ts';
import { ValidationError } from '../../http-errors.ts';
import { requireAccount, requirePrincipal } from '../../route-access.ts';
import { createAdministrationDeps } from './administration-stores.ts';

export function administrationDepsOf(request: FastifyRequest): AdministrationDeps {
  return createAdministrationDeps(request.server.deps.handle.db);
}

export function actorOf(request: FastifyRequest): Actor {
  return { principal: requirePrincipal(request), name: requireAccount(request).displayName, ip: request.ip };
}

export function nowOf(request: FastifyRequest): Date {
  return request.server.deps.now();
}

/** Who acts and when: what every changing use case is given. */
export function commandOf(request: FastifyRequest): { actor: Actor; now: Date } {
  return { actor: actorOf(request), now: nowOf(request) };
}

/** A command on the account named by the route's `:accountId`. */
export function accountCommandOf(request: FastifyRequest): { actor: Actor; now: Date; accountId: string } {
  return { ...commandOf(request), accountId: paramOf(request, 'accountId') };
}

/** Accepts everything: the schema is documentation, the use case validates (see above). */
export const documentationOnly: FastifySchemaCompiler<unknown> = () => () => true;

/** A form's fields without the CSRF token (checked before the handler) — the schemas are strict. */
export function formFields(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { _csrf: _token, ...fields } = body as Record<string, unknown>;
  return fields;
}

/** A route param as text (Fastify gives strings; anything else is treated as absent). */
export function paramOf(request: FastifyRequest, name: string): string {
  const value = (request.params as Record<string, unknown> | undefined)?.[name];
  return typeof value === 'string' ? value : '';
}

/** For the JSON API: the value, or a 422 `validation_failed` with the issues. */
export function valueOrThrow<T>(outcome: Outcome<T>): T {
  if (!outcome.ok) throw new ValidationError(outcome.issues);
  return outcome.value;
}
