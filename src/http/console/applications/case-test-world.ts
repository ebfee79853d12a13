/**
 * The world the case-handling HTTP tests share: a county with departments A and B, staff of each
 * role in A, a handler in B, and signed-in clients (sessions written directly, as the access-table
 * test does). The app's clock is set to a fixed day in China first. Only imported by *.test.ts files.
 */
import type { FastifyInstance } from 'fastify';
import { createTestAccount, createTestAgency } from '../../../../test/factories.ts';
import type { TestApp } from '../../../../test/http-harness.ts';
import type { Account } from '../../../db/repositories/accounts.ts';
import type { Role } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { StaffClient } from '../../api/accounts/administration-test-client.ts';

export interface CaseWorld {
  county: Agency;
  deptA: Agency;
  deptB: Agency;
  accounts: Record<'handlerA' | 'handlerA2' | 'reviewerA' | 'registrarA' | 'handlerB', Account>;
  /** A client signed in as the account, valid at the app's current time. */
  client(name: keyof CaseWorld['accounts']): Promise<StaffClient>;
}

/** 10:00 in China on the day given. */
export function chinaMorning(day: string): Date {
  return new Date(`${day}T02:00:00Z`);
}

export async function createCaseWorld(testApp: TestApp, today: string): Promise<CaseWorld> {
  testApp.clock.set(chinaMorning(today));
  const db = testApp.handle.db;
  const county = await createTestAgency(db, { kind: 'government', name: `测试县人民政府${Math.random().toString(36).slice(2, 6)}` });
  const deptA = await createTestAgency(db, { parentId: county.id, name: `测试县甲局${Math.random().toString(36).slice(2, 6)}` });
  const deptB = await createTestAgency(db, { parentId: county.id, name: `测试县乙局${Math.random().toString(36).slice(2, 6)}` });
  const make = (agency: Agency, role: Role, displayName: string) => createTestAccount(db, { agencyId: agency.id, displayName, mustChangePassword: false }, [role]);
  const accounts = {
    handlerA: await make(deptA, 'handler', '王承办'),
    handlerA2: await make(deptA, 'handler', '刘承办'),
    reviewerA: await make(deptA, 'reviewer', '赵审核'),
    registrarA: await make(deptA, 'registrar', '李登记'),
    handlerB: await make(deptB, 'handler', '郑承办'),
  };
  return {
    county,
    deptA,
    deptB,
    accounts,
    client: (name) => StaffClient.signedIn(testApp.app as FastifyInstance, db, accounts[name].id, testApp.clock.now()),
  };
}
