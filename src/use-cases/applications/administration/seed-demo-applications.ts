/**
 * Seeds the demo county's applications (a year and a half up to today, about 300 cases in every
 * state and outcome) once, after the county itself: `seedDemoApplications(deps, { now,
 * isProduction })`. Refused in production, like the county.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import { generateDemoApplications } from '../../../domain/agencies/demo-applications.ts';
import type { AuditEntry, AuditEntryContent } from '../../../domain/audit/audit-entry.ts';
import { hasYear } from '../../../domain/calendar/working-day-calendar.ts';
import { yearOf } from '../../../domain/calendar/iso-date.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import { DemoSeedForbiddenError } from '../../seed-demo-county.ts';
import type { CalendarRows } from '../calendar-rows.ts';
import { chinaDateOf } from '../china-date.ts';
import { calendarFromRows } from '../load-calendar.ts';
import { insertCompleteCases, type CaseInsertStore } from './insert-complete-case.ts';

export interface DemoApplicationsStore extends CaseInsertStore {
  /** Whether any application exists (the demo is seeded into a county without any). */
  hasApplications(): Promise<boolean>;
  listAgencies(): Promise<Agency[]>;
  /** Account ids by username, for the demo handlers. */
  findAccountIds(usernames: readonly string[]): Promise<Map<string, string>>;
  listCalendarRows(): Promise<CalendarRows>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface SeedDemoApplicationsDeps {
  /** One transaction, one seeder at a time. */
  runExclusive<T>(work: (store: DemoApplicationsStore) => Promise<T>): Promise<T>;
  newQueryCodeHash(): string;
}

export type DemoApplicationsOutcome =
  | { seeded: true; count: number }
  | { seeded: false; reason: 'hasApplications' | 'noDemoCounty' | 'calendarMissing' };

export async function seedDemoApplications(deps: SeedDemoApplicationsDeps, options: { now: Date; isProduction: boolean }): Promise<DemoApplicationsOutcome> {
  if (options.isProduction) throw new DemoSeedForbiddenError();
  const today = chinaDateOf(options.now);
  return deps.runExclusive(async (store) => {
    if (await store.hasApplications()) return { seeded: false, reason: 'hasApplications' } as const;
    const calendar = calendarFromRows(await store.listCalendarRows());
    if (!hasYear(calendar, yearOf(today))) return { seeded: false, reason: 'calendarMissing' } as const;
    const cases = generateDemoApplications({ today, calendar });
    const agencies = new Map((await store.listAgencies()).map((a) => [a.code, a]));
    if (cases.some((c) => !agencies.has(c.agencyCode))) return { seeded: false, reason: 'noDemoCounty' } as const;
    const accounts = await store.findAccountIds(['handler', 'handler-jyj', 'registrar']);
    const registrar = accounts.get('registrar') ?? null;
    const inputs = cases.map((demo) => {
      const agency = agencies.get(demo.agencyCode)!;
      const handlerAccountId = demo.handlerUsername === null ? null : (accounts.get(demo.handlerUsername) ?? null);
      // The demo registrar works at the 自然资源局: the applications that came in on paper there are theirs.
      const registeredByAccountId = agency.code === 'lcx-zrzy' && demo.channel !== 'online' ? registrar : null;
      return { ...demo, agency, handlerAccountId, registeredByAccountId, importedFrom: null, queryCodeHash: deps.newQueryCodeHash() };
    });
    await insertCompleteCases(store, inputs, { calendar, today, now: options.now, actorAccountId: null });
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      { actor: { accountId: null, name: '系统' }, action: 'system.seedDemoApplications', details: { applications: cases.length, today } },
      options.now,
    );
    return { seeded: true, count: cases.length } as const;
  });
}
