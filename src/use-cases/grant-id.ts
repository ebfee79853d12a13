/**
 * The id of a role grant in URLs (`DELETE /api/v1/accounts/:id/roles/:grantId`): a grant is one role
 * in one agency, so `<agency code>.<role>`, e.g. `lcx-zrzy.handler`. Agency codes have no dots.
 */
import { isRole, type Role } from '../domain/access/roles.ts';
import { isValidAgencyCode } from '../domain/agencies/agency.ts';

export function formatGrantId(agencyCode: string, role: Role): string {
  return `${agencyCode}.${role}`;
}

export function parseGrantId(grantId: string): { agencyCode: string; role: Role } | null {
  const dot = grantId.lastIndexOf('.');
  const agencyCode = grantId.slice(0, dot);
  const role = grantId.slice(dot + 1);
  if (dot < 0 || !isValidAgencyCode(agencyCode) || !isRole(role)) return null;
  return { agencyCode, role };
}
