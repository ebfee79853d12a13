/**
 * Test data for the administration tests (use cases and routes): a county with two departments and
 * one account per role, unique per call so that tests sharing one database never collide. Only
 * imported by *.test.ts files.
 */
import { buildAccount, createTestAgency } from '../../../../test/factories.ts';
import type { Principal, Role } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { sql } from 'drizzle-orm';
import { queryRows, type Database } from '../../../db/database.ts';
import { createAccount, type Account } from '../../../db/repositories/accounts.ts';
import type { Actor } from '../../../use-cases/administration-store.ts';

export const worldRoles = [
  'systemAdmin',
  'securityOfficer',
  'auditor',
  'agencyAdminA',
  'handlerA',
  'registrarA',
  'agencyAdminB',
  'handlerB',
] as const;

export type WorldMember = (typeof worldRoles)[number];

export interface WorldAccount {
  account: Account;
  role: Role;
  agency: Agency;
  includeSubtree: boolean;
  principal: Principal;
  actor: Actor;
}

export interface AdministrationWorld {
  county: Agency;
  deptA: Agency;
  deptB: Agency;
  members: Record<WorldMember, WorldAccount>;
}

export async function createAdministrationWorld(db: Database): Promise<AdministrationWorld> {
  const county = await createTestAgency(db, { kind: 'government', name: '测试县人民政府' });
  const deptA = await createTestAgency(db, { parentId: county.id, name: '测试县甲局' });
  const deptB = await createTestAgency(db, { parentId: county.id, name: '测试县乙局' });
  const plan: Record<WorldMember, [Role, Agency, boolean]> = {
    systemAdmin: ['systemAdmin', county, true],
    securityOfficer: ['securityOfficer', county, true],
    auditor: ['auditor', county, true],
    agencyAdminA: ['agencyAdmin', deptA, false],
    handlerA: ['handler', deptA, false],
    registrarA: ['registrar', deptA, false],
    agencyAdminB: ['agencyAdmin', deptB, false],
    handlerB: ['handler', deptB, false],
  };
  const members = {} as Record<WorldMember, WorldAccount>;
  for (const member of worldRoles) {
    const [role, agency, includeSubtree] = plan[member];
    members[member] = await createWorldAccount(db, role, agency, includeSubtree);
  }
  return { county, deptA, deptB, members };
}

/** An account holding `role` in `agency`, whose owner has already set their own password. */
export async function createWorldAccount(
  db: Database,
  role: Role,
  agency: Agency,
  includeSubtree = false,
  options: { mustChangePassword?: boolean } = {},
): Promise<WorldAccount> {
  const built = buildAccount({ agencyId: agency.id, mustChangePassword: options.mustChangePassword ?? false });
  const account = await createAccount(db, built, [{ agencyId: agency.id, role, includeSubtree }]);
  const principal: Principal = { accountId: account.id, grants: [{ role, agencyId: agency.id, includeSubtree }] };
  return { account, role, agency, includeSubtree, principal, actor: { principal, name: account.displayName, ip: '192.0.2.1' } };
}

export interface RowCounts {
  agencies: number;
  accounts: number;
  roleGrants: number;
  sessions: number;
  auditLog: number;
}

/** Rows of every table: compared before and after a refused or invalid request, nothing may change. */
export async function countRows(db: Database): Promise<RowCounts> {
  const [row] = await queryRows<{ agencies: number; accounts: number; role_grants: number; sessions: number; audit_log: number }>(
    db,
    sql`select (select count(*) from agencies)::int as agencies, (select count(*) from accounts)::int as accounts,
               (select count(*) from role_grants)::int as role_grants, (select count(*) from sessions)::int as sessions,
               (select count(*) from audit_log)::int as audit_log`,
  );
  return { agencies: row!.agencies, accounts: row!.accounts, roleGrants: row!.role_grants, sessions: row!.sessions, auditLog: row!.audit_log };
}
