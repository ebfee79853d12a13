import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { buildApplicationRow } from '../../../test/application-factories.ts';
import { createTestAgency } from '../../../test/factories.ts';
import { describeEachDatabase } from '../../../test/test-db.ts';
import { insertApplication } from '../repositories/applications.ts';
import { queryRows } from '../database.ts';
import { createCaseDeps } from './case-store.ts';
import type { CaseActor } from '../../use-cases/applications/case-store.ts';
import { recordCaseStep } from '../../use-cases/applications/record-case-step.ts';

// The applicant as actor: no account row is needed, the test is about the case, not who may record it.
const noAccount: CaseActor = { kind: 'applicant', name: '张三', ip: '127.0.0.1' };

describeEachDatabase('recordCaseStep', ({ db }) => {
  it('fixes the receipt date and the due date, and audits the step', async () => {
    const agency = await createTestAgency(db());
    const application = await insertApplication(db(), buildApplicationRow({ agencyId: agency.id }));
    const deps = createCaseDeps(db(), () => new Date('2026-09-30T02:00:00Z'));
    // Received the working day before National Day 2026: 10-01..10-07 are holidays, Saturday 10-10 is a
    // working day; day 1 is 10-08, day 20 is 11-03.
    const result = await recordCaseStep(deps, { actor: noAccount, applicationId: application.id, event: { kind: 'received', on: '2026-09-30' } });
    expect(result.application).toMatchObject({ status: 'inProgress', receivedOn: '2026-09-30', dueOn: '2026-11-03' });
    const audit = await queryRows<{ action: string; target_id: string }>(db(), sql`select action, target_id from audit_log where target_id = ${application.id}`);
    expect(audit).toEqual([{ action: 'application.step', target_id: application.id }]);
  });

  it('records the step without a due date when the count runs into a year the calendar does not know', async () => {
    const agency = await createTestAgency(db());
    const application = await insertApplication(db(), buildApplicationRow({ agencyId: agency.id }));
    const deps = createCaseDeps(db(), () => new Date('2026-12-10T02:00:00Z'));
    const result = await recordCaseStep(deps, { actor: noAccount, applicationId: application.id, event: { kind: 'received', on: '2026-12-10' } });
    expect(result.application).toMatchObject({ status: 'inProgress', receivedOn: '2026-12-10', dueOn: null });
    expect(result.calendarGap).toContain('2027年');
  });

  it('refuses a step the history does not allow and writes nothing', async () => {
    const agency = await createTestAgency(db());
    const application = await insertApplication(db(), buildApplicationRow({ agencyId: agency.id }));
    const deps = createCaseDeps(db(), () => new Date('2026-09-30T02:00:00Z'));
    await recordCaseStep(deps, { actor: noAccount, applicationId: application.id, event: { kind: 'received', on: '2026-09-21' } });
    const correction = { kind: 'correctionRequested', on: '2026-09-22', correctBy: '2026-10-16', items: '请写明文件名称' } as const;
    await recordCaseStep(deps, { actor: noAccount, applicationId: application.id, event: correction });
    await expect(recordCaseStep(deps, { actor: noAccount, applicationId: application.id, event: { ...correction, on: '2026-09-23' } })).rejects.toMatchObject({
      code: expect.stringMatching(/^application\./),
    });
    const events = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from application_events where application_id = ${application.id}`);
    expect(events[0]!.n).toBe(2);
    const row = await queryRows<{ status: string; version: number }>(db(), sql`select status, version from applications where id = ${application.id}`);
    expect(row[0]).toEqual({ status: 'awaitingCorrection', version: 2 });
  });

  it('runs the authorization on the locked row before anything is written', async () => {
    const agency = await createTestAgency(db());
    const application = await insertApplication(db(), buildApplicationRow({ agencyId: agency.id }));
    const deps = createCaseDeps(db(), () => new Date('2026-09-30T02:00:00Z'));
    const refuse = () => {
      throw new Error('refused');
    };
    await expect(recordCaseStep(deps, { actor: noAccount, applicationId: application.id, event: { kind: 'received', on: '2026-09-30' }, authorize: refuse })).rejects.toThrow('refused');
    const events = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from application_events where application_id = ${application.id}`);
    expect(events[0]!.n).toBe(0);
  });
});
