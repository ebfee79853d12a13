/** The demo county's applications, seeded through the core repositories: table B from the query passes every rule. */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { checkAnnualReport } from '../../domain/annual-report/check.ts';
import { outcomeKeys } from '../../domain/applications/outcome.ts';
import { seedDemoApplications } from '../../use-cases/applications/administration/seed-demo-applications.ts';
import { reportOf } from '../../use-cases/applications/administration/year-end.ts';
import { seedDemoCounty } from '../../use-cases/seed-demo-county.ts';
import { queryRows } from '../database.ts';
import { getAgencyByCode, listSubtreeIds } from '../repositories/agencies.ts';
import { countTableB } from '../repositories/application-statistics.ts';
import { createDemoApplicationsDeps } from './demo-applications-store.ts';
import { createDemoCountyStore } from './demo-county-store.ts';

const now = new Date('2026-11-28T02:00:00Z');

describeEachDatabase('seedDemoApplications', ({ db }) => {
  it('seeds about 300 cases once, in every status and outcome, whose table B passes the checker for 2025 and 2026', async () => {
    await seedDemoCounty({ ...createDemoCountyStore(db()), hashPassword: async () => 'not-a-real-hash' }, { isProduction: false, now });
    const outcome = await seedDemoApplications(createDemoApplicationsDeps(db()), { now, isProduction: false });
    expect(outcome).toMatchObject({ seeded: true });
    expect(await seedDemoApplications(createDemoApplicationsDeps(db()), { now, isProduction: false })).toEqual({ seeded: false, reason: 'hasApplications' });
    await expect(seedDemoApplications(createDemoApplicationsDeps(db()), { now, isProduction: true })).rejects.toMatchObject({ code: 'demo_seed_forbidden' });

    const rows = await queryRows<{ status: string; outcome: string | null; overdue: boolean; extended: boolean; count: number }>(
      db(),
      sql`select a.status, a.outcome, (a.due_on < '2026-11-28' and a.outcome is null) as overdue,
                 exists (select 1 from application_events e where e.application_id = a.id and e.kind = 'extensionApproved') as extended,
                 count(*)::int as count
          from applications a group by 1, 2, 3, 4`,
    );
    const total = rows.reduce((sum, r) => sum + r.count, 0);
    expect(total).toBe(outcome.seeded ? outcome.count : -1);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['awaitingConfirmation', 'inProgress', 'awaitingCorrection', 'inConsultation', 'awaitingFee', 'replied', 'closed']));
    expect(new Set(rows.map((r) => r.outcome).filter((o) => o !== null))).toEqual(new Set(outcomeKeys));
    expect(rows.some((r) => r.status === 'inProgress' && r.overdue)).toBe(true);
    expect(rows.some((r) => r.status === 'inProgress' && r.extended && !r.overdue)).toBe(true);
    const [events] = await queryRows<{ count: number }>(db(), sql`select count(*)::int as count from application_events`);
    expect(events!.count).toBeGreaterThan(total);

    const county = await getAgencyByCode(db(), 'lcx');
    const agencyIds = await listSubtreeIds(db(), county!.id);
    const tables = new Map<number, Awaited<ReturnType<typeof countTableB>>>();
    for (const year of [2025, 2026]) {
      const table = await countTableB(db(), { agencyIds, year });
      tables.set(year, table);
      expect(table.newReceived.total).toBeGreaterThan(100);
      const findings = checkAnnualReport(reportOf({ ...county!, name: '莲城县' }, year, table), year === 2026 ? { previous: reportOf({ ...county!, name: '莲城县' }, 2025, tables.get(2025)!) } : {});
      // Tables 二 and 四 and the narrative are blank here (the register does not fill them): only notes on those may appear.
      expect(findings.filter((f) => f.severity === 'error' || f.locations.some((l) => l.path?.startsWith('applications') === true))).toEqual([]);
      expect(findings.filter((f) => !(f.rule === 'R5' && ['proactive', 'reviews'].includes(f.locations[0]?.path ?? '')) && f.rule !== 'R9')).toEqual([]);
    }
    expect(tables.get(2026)!.carriedOver.total).toBeGreaterThan(0);
  }, 120_000);
});
