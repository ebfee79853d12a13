/**
 * Seeds the fictional 莲城县 into an empty database, so that `npm start` on a fresh machine shows a
 * working platform at once; returns the demo logins for the server to print. Never in production.
 */
import { describeRole, type Role } from '../domain/access/roles.ts';
import { demoAccounts, demoAgencies, type DemoAgency } from '../domain/agencies/demo-county.ts';
import type { AuditEntry, AuditEntryContent } from '../domain/audit/audit-entry.ts';
import { DomainError } from '../domain/errors.ts';
import { recordAuditEntry } from './record-audit-entry.ts';

export class DemoSeedForbiddenError extends DomainError {
  constructor() {
    super('demo_seed_forbidden', '生产环境（NODE_ENV=production）不能写入演示数据。');
  }
}

export interface DemoAgencyRecord extends Omit<DemoAgency, 'parentCode'> {
  parentId: string | null;
}

export interface DemoAccountRecord {
  agencyId: string;
  username: string;
  displayName: string;
  passwordHash: string;
  mustChangePassword: boolean;
}

export interface DemoGrantRecord {
  agencyId: string;
  role: Role;
  includeSubtree: boolean;
}

export interface DemoCountyStore {
  isEmpty(): Promise<boolean>;
  createAgency(agency: DemoAgencyRecord): Promise<{ id: string }>;
  createAccount(account: DemoAccountRecord, grants: readonly DemoGrantRecord[]): Promise<{ id: string }>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface SeedDemoCountyDeps {
  /** Runs `work` in one transaction, one seeder at a time (two instances starting together seed once). */
  runExclusive<T>(work: (store: DemoCountyStore) => Promise<T>): Promise<T>;
  hashPassword(plain: string): Promise<string>;
}

export interface DemoLogin {
  username: string;
  password: string;
  displayName: string;
  role: Role;
  /** The role in Chinese, e.g. 承办人. */
  roleName: string;
  agencyCode: string;
  agencyName: string;
}

export type SeedOutcome = { seeded: true; agencyCount: number; logins: DemoLogin[] } | { seeded: false; reason: 'not_empty' };

export async function seedDemoCounty(
  deps: SeedDemoCountyDeps,
  options: { isProduction: boolean; now: Date },
): Promise<SeedOutcome> {
  if (options.isProduction) throw new DemoSeedForbiddenError();
  // Hashing is slow on purpose: done before the transaction, so the lock is held briefly.
  const hashes = await Promise.all(demoAccounts.map((a) => deps.hashPassword(a.password)));
  return deps.runExclusive(async (store) => {
    if (!(await store.isEmpty())) return { seeded: false, reason: 'not_empty' } as const;
    const agencyIds = await createDemoAgencies(store);
    for (const [i, account] of demoAccounts.entries()) {
      const agencyId = idOf(agencyIds, account.agencyCode);
      await store.createAccount(
        { agencyId, username: account.username, displayName: account.displayName, passwordHash: hashes[i]!, mustChangePassword: false },
        [{ agencyId, role: account.role, includeSubtree: account.includeSubtree }],
      );
    }
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      { actor: { accountId: null, name: '系统' }, action: 'system.seedDemo', details: { agencies: demoAgencies.length, accounts: demoAccounts.length } },
      options.now,
    );
    return { seeded: true, agencyCount: demoAgencies.length, logins: listDemoLogins() } as const;
  });
}

/** The demo logins with their agencies' names, as printed at start-up. */
export function listDemoLogins(): DemoLogin[] {
  return demoAccounts.map((a) => ({
    username: a.username,
    password: a.password,
    displayName: a.displayName,
    role: a.role,
    roleName: describeRole(a.role),
    agencyCode: a.agencyCode,
    agencyName: demoAgencies.find((agency) => agency.code === a.agencyCode)?.name ?? a.agencyCode,
  }));
}

async function createDemoAgencies(store: DemoCountyStore): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  // demoAgencies lists parents before children.
  for (const { parentCode, ...agency } of demoAgencies) {
    const parentId = parentCode === null ? null : idOf(ids, parentCode);
    const { id } = await store.createAgency({ ...agency, parentId });
    ids.set(agency.code, id);
  }
  return ids;
}

function idOf(ids: ReadonlyMap<string, string>, code: string): string {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`demo county data: unknown agency code ${code}`);
  return id;
}
