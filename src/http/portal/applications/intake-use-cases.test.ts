/**
 * The intake use cases against PGlite and PostgreSQL (here at the edge, where the stores are built):
 * online submission, staff registration, tracking, the applicant's correction and the audited view
 * of personal data.
 */
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { buildAccount, createTestAgency } from '../../../../test/factories.ts';
import { describeEachDatabase } from '../../../../test/test-db.ts';
import { queryRows, type Database } from '../../../db/database.ts';
import { createAccount } from '../../../db/repositories/accounts.ts';
import { createCaseDeps } from '../../../db/stores/case-store.ts';
import type { Role } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import { recordCaseStep } from '../../../use-cases/applications/record-case-step.ts';
import { sampleExe, samplePdf, validOnlineFields, validRegistrationFields } from '../../../use-cases/applications/intake/intake-test-input.ts';
import { viewApplicantCase } from '../../../use-cases/applications/intake/applicant-case-view.ts';
import { registerApplication, type StaffActor } from '../../../use-cases/applications/intake/register-application.ts';
import { submitApplication } from '../../../use-cases/applications/intake/submit-application.ts';
import { submitCorrection } from '../../../use-cases/applications/intake/submit-correction.ts';
import { findTrackedApplication, openTrackedApplication } from '../../../use-cases/applications/intake/track-application.ts';
import { viewApplicantDetails } from '../../../use-cases/applications/intake/view-applicant-details.ts';
import { createIntakeDeps } from './intake-stores.ts';

// 2026-03-02 is a Monday; 10:00 in China.
const now = () => new Date('2026-03-02T02:00:00Z');
const secret = 'intake-test-secret-intake-test-secret';

async function countRows(db: Database, table: 'applications' | 'application_files' | 'application_events', agencyId: string): Promise<number> {
  const rows = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from ${sql.identifier(table)} where agency_id = ${agencyId}`);
  return rows[0]!.n;
}

async function staffActor(db: Database, agency: Agency, role: Role): Promise<StaffActor> {
  const account = await createAccount(db, buildAccount({ agencyId: agency.id, mustChangePassword: false }), [{ agencyId: agency.id, role, includeSubtree: false }]);
  return { principal: { accountId: account.id, grants: [{ agencyId: agency.id, role, includeSubtree: false }] }, name: account.displayName, ip: '127.0.0.1' };
}

describeEachDatabase('submitApplication', ({ db }) => {
  it('stores an online application awaiting confirmation, with a tracking number, the query code hashed and the attachment', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [{ filename: '身份证.pdf', bytes: samplePdf() }], ip: '10.0.0.1' });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    const { application, queryCode, isRepeat } = outcome.value;
    expect(isRepeat).toBe(false);
    expect(application.trackingNumber).toBe(`YSQ-${agency.code.toUpperCase()}-2026-00001`);
    expect(application).toMatchObject({ status: 'awaitingConfirmation', receivedOn: null, dueOn: null, channel: 'online', applicantType: 'naturalPerson' });
    expect(queryCode).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    const [row] = await queryRows<{ query_code_hash: string }>(db(), sql`select query_code_hash from applications where id = ${application.id}`);
    expect(row!.query_code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.query_code_hash).not.toContain(queryCode.replace('-', ''));
    const files = await queryRows<{ filename: string; media_type: string; role: string }>(db(), sql`select filename, media_type, role from application_files where application_id = ${application.id}`);
    expect(files).toEqual([{ filename: '身份证.pdf', media_type: 'application/pdf', role: 'attachment' }]);
    const audit = await queryRows<{ action: string; actor_account_id: string | null }>(db(), sql`select action, actor_account_id from audit_log where target_id = ${application.id}`);
    expect(audit).toEqual([{ action: 'application.submit', actor_account_id: null }]);
  });

  it('numbers applications per agency without gaps', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const numbers: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const outcome = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [], ip: null });
      if (outcome.ok) numbers.push(outcome.value.application.trackingNumber);
    }
    expect(numbers.map((n) => n.slice(-5))).toEqual(['00001', '00002', '00003']);
  });

  it('returns the same application and query code for a repeated or concurrent submission key', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const input = validOnlineFields(agency.code);
    const first = await submitApplication(deps, { input, uploads: [], ip: null });
    const concurrent = await Promise.all([1, 2, 3, 4].map(() => submitApplication(deps, { input, uploads: [], ip: null })));
    const all = [first, ...concurrent].map((o) => (o.ok ? o.value : null));
    expect(new Set(all.map((v) => v?.application.id)).size).toBe(1);
    expect(new Set(all.map((v) => v?.queryCode)).size).toBe(1);
    expect(all.slice(1).every((v) => v?.isRepeat === true)).toBe(true);
    expect(await countRows(db(), 'applications', agency.id)).toBe(1);
  });

  it('keeps one application when the first submission of a key races its retry', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const input = validOnlineFields(agency.code);
    const results = await Promise.all([1, 2, 3].map(() => submitApplication(deps, { input, uploads: [], ip: null })));
    expect(new Set(results.map((o) => (o.ok ? o.value.application.trackingNumber : 'failed')))).toEqual(new Set([`YSQ-${agency.code.toUpperCase()}-2026-00001`]));
    expect(await countRows(db(), 'applications', agency.id)).toBe(1);
    const next = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [], ip: null });
    expect(next.ok && next.value.application.trackingNumber.endsWith('-00002')).toBe(true);
  });

  it('refuses an invalid ID number, a wrong credit code and a renamed program, and stores nothing', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const badId = await submitApplication(deps, { input: validOnlineFields(agency.code, { idNumber: '110105194912310021' }), uploads: [], ip: null });
    expect(badId).toMatchObject({ ok: false, issues: [{ path: 'idNumber', message: '身份证号码校验位不正确，请核对。' }] });
    const organization = { applicantKind: 'organization', organizationKind: 'commercial', organizationName: '某公司', creditCode: '91350100M000100Y44', legalRepresentative: '李四', contactPerson: '王五' };
    const badCode = await submitApplication(deps, { input: validOnlineFields(agency.code, organization), uploads: [], ip: null });
    expect(badCode).toMatchObject({ ok: false, issues: [{ path: 'creditCode', message: '统一社会信用代码校验位不正确，请核对。' }] });
    const renamed = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [{ filename: '申请书.pdf', bytes: sampleExe() }], ip: null });
    expect(renamed.ok ? '' : renamed.issues[0]!.message).toContain('类型不受支持');
    expect(await countRows(db(), 'applications', agency.id)).toBe(0);
    expect(await countRows(db(), 'application_files', agency.id)).toBe(0);
  });

  it('asks for the organisation kind and the fields the delivery method needs', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const input = validOnlineFields(agency.code, { applicantKind: 'organization', organizationName: '某公司', creditCode: '91350100M000100Y43', legalRepresentative: '李四', contactPerson: '王五', deliveryMethod: 'post', address: '', declaration: '' });
    const outcome = await submitApplication(deps, { input, uploads: [], ip: null });
    expect(outcome.ok ? [] : outcome.issues.map((i) => i.path).sort()).toEqual(['address', 'declaration', 'organizationKind'].sort());
  });
});

describeEachDatabase('registerApplication', ({ db }) => {
  it('stores an application handed in, received that day, with its due date, event and audit entry', async () => {
    const agency = await createTestAgency(db());
    const actor = await staffActor(db(), agency, 'registrar');
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await registerApplication(deps, { actor, input: validRegistrationFields(agency.code, { handedInOn: '2026-02-27' }), uploads: [] });
    if (!outcome.ok) throw new Error(JSON.stringify(outcome.issues));
    // Received Friday 2026-02-27: day 1 is Saturday 02-28 (a working day swapped for the Spring
    // Festival), day 20 is Thursday 03-26.
    expect(outcome.value.application).toMatchObject({ status: 'inProgress', receivedOn: '2026-02-27', dueOn: '2026-03-26', channel: 'inPerson', registeredByAccountId: actor.principal.accountId });
    const events = await queryRows<{ kind: string; on: string }>(db(), sql`select kind, "on"::text as on from application_events where application_id = ${outcome.value.application.id}`);
    expect(events).toEqual([{ kind: 'received', on: '2026-02-27' }]);
    const audit = await queryRows<{ action: string }>(db(), sql`select action from audit_log where target_id = ${outcome.value.application.id}`);
    expect(audit).toEqual([{ action: 'application.register' }]);
  });

  it('takes the receipt date from the confirmation for an ordinary letter, and refuses a date after today', async () => {
    const agency = await createTestAgency(db());
    const actor = await staffActor(db(), agency, 'registrar');
    const deps = createIntakeDeps(db(), now, secret);
    const letter = validRegistrationFields(agency.code, { channel: 'post', handedInOn: '', isOrdinaryLetter: 'on', confirmedOn: '2026-03-02' });
    const posted = await registerApplication(deps, { actor, input: letter, uploads: [] });
    expect(posted.ok && posted.value.application.receivedOn).toBe('2026-03-02');
    const future = await registerApplication(deps, { actor, input: { ...letter, submissionKey: undefined, confirmedOn: '2026-03-09' }, uploads: [] });
    expect(future).toMatchObject({ ok: false, issues: [{ path: 'confirmedOn' }] });
    const missing = await registerApplication(deps, { actor, input: validRegistrationFields(agency.code, { channel: 'fax', handedInOn: '' }), uploads: [] });
    expect(missing).toMatchObject({ ok: false, issues: [{ path: 'confirmedOn' }] });
  });

  it('refuses a registrar of another agency and a handler, storing nothing', async () => {
    const agency = await createTestAgency(db());
    const other = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    for (const actor of [await staffActor(db(), other, 'registrar'), await staffActor(db(), agency, 'handler')]) {
      await expect(registerApplication(deps, { actor, input: validRegistrationFields(agency.code), uploads: [] })).rejects.toMatchObject({ code: 'access_denied' });
    }
    expect(await countRows(db(), 'applications', agency.id)).toBe(0);
  });
});

describeEachDatabase('openTrackedApplication', ({ db }) => {
  it('opens the case with the number and code as people type them, and nothing otherwise', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [], ip: null });
    if (!outcome.ok) throw new Error('not stored');
    const { application, queryCode } = outcome.value;
    const typed = { trackingNumber: ` ${application.trackingNumber.toLowerCase()} `, queryCode: queryCode.replace('-', '').toLowerCase() };
    expect((await openTrackedApplication(deps, typed))?.id).toBe(application.id);
    const fullWidth = [...queryCode].map((c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0))).join('');
    expect((await openTrackedApplication(deps, { trackingNumber: application.trackingNumber, queryCode: fullWidth }))?.id).toBe(application.id);
    const wrongCode = queryCode[0] === '2' ? `3${queryCode.slice(1)}` : `2${queryCode.slice(1)}`;
    expect(await openTrackedApplication(deps, { trackingNumber: application.trackingNumber, queryCode: wrongCode })).toBeNull();
    const guessed = application.trackingNumber.replace(/\d{5}$/, '00099');
    expect(await openTrackedApplication(deps, { trackingNumber: guessed, queryCode })).toBeNull();
    expect(await openTrackedApplication(deps, { trackingNumber: application.trackingNumber, queryCode: '' })).toBeNull();
    expect(await openTrackedApplication(deps, { trackingNumber: "x' or 1=1 --", queryCode })).toBeNull();
  });

  it('gives the same answer for a staff registration as for an online one', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await registerApplication(deps, { actor: await staffActor(db(), agency, 'registrar'), input: validRegistrationFields(agency.code), uploads: [] });
    if (!outcome.ok) throw new Error('not stored');
    const opened = await openTrackedApplication(deps, { trackingNumber: outcome.value.application.trackingNumber, queryCode: outcome.value.queryCode });
    expect(opened?.status).toBe('inProgress');
  });
});

describeEachDatabase('the applicant in a case step', ({ db }) => {
  it('records the case core step with the applicant as actor (no account)', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [], ip: null });
    if (!outcome.ok) throw new Error('not stored');
    const step = await recordCaseStep(createCaseDeps(db(), now), { actor: { kind: 'applicant', name: '张*', ip: null }, applicationId: outcome.value.application.id, event: { kind: 'received', on: '2026-03-02' } });
    expect(step.application.status).toBe('inProgress');
  });
});

describeEachDatabase('submitCorrection', ({ db }) => {
  it('replaces the description, keeps the old one in the step, restarts the clock and audits the applicant masked', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [], ip: null });
    if (!outcome.ok) throw new Error('not stored');
    const id = outcome.value.application.id;
    const office = createCaseDeps(db(), now);
    const actor = { kind: 'applicant', name: '测试', ip: null } as const;
    await recordCaseStep(office, { actor, applicationId: id, event: { kind: 'received', on: '2026-02-27' } });
    await recordCaseStep(office, { actor, applicationId: id, event: { kind: 'correctionRequested', on: '2026-03-02', correctBy: '2026-03-16', items: '请写明文号' } });
    const corrected = await submitCorrection(deps, { applicationId: id, input: { description: '莲自然资〔2024〕12号' }, uploads: [{ filename: '补充.pdf', bytes: samplePdf() }], ip: '10.0.0.9' });
    if (!corrected.ok) throw new Error(JSON.stringify(corrected.issues));
    // Corrected on Monday 03-02: day 1 is 03-03, day 20 is 03-30.
    expect(corrected.value.application).toMatchObject({ status: 'inProgress', dueOn: '2026-03-30', description: '莲自然资〔2024〕12号' });
    const [step] = await queryRows<{ note: string }>(db(), sql`select note from application_events where application_id = ${id} and kind = 'correctionReceived'`);
    expect(step!.note).toContain(outcome.value.application.description);
    const [audit] = await queryRows<{ actor_name: string; actor_account_id: string | null }>(db(), sql`select actor_name, actor_account_id from audit_log where target_id = ${id} order by seq desc limit 1`);
    expect(audit).toEqual({ actor_name: '申请人 张*', actor_account_id: null });
    expect(await countRows(db(), 'application_files', agency.id)).toBe(1);
    const view = await viewApplicantCase(deps, (await findTrackedApplication(deps, id))!);
    expect(view.steps.map((s) => s.title)).toEqual(['收到申请', '告知补正', '收到补正后的申请']);
    expect(view.correction).toBeNull();
  });

  it('refuses a correction nobody asked for, and bad files, writing nothing', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [], ip: null });
    if (!outcome.ok) throw new Error('not stored');
    const id = outcome.value.application.id;
    const unasked = await submitCorrection(deps, { applicationId: id, input: { description: '补正' }, uploads: [], ip: null });
    expect(unasked).toMatchObject({ ok: false, issues: [{ code: 'correction.notAwaiting' }] });
    const badFile = await submitCorrection(deps, { applicationId: id, input: { description: '补正' }, uploads: [{ filename: 'a.pdf', bytes: sampleExe() }], ip: null });
    expect(badFile.ok).toBe(false);
    expect(await countRows(db(), 'application_events', agency.id)).toBe(0);
  });
});

describeEachDatabase('viewApplicantDetails', ({ db }) => {
  it('gives the full data to a handler of the agency and audits each view', async () => {
    const agency = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [], ip: null });
    if (!outcome.ok) throw new Error('not stored');
    const id = outcome.value.application.id;
    const handler = await staffActor(db(), agency, 'handler');
    const details = await viewApplicantDetails(deps, { actor: handler, applicationId: id });
    expect(details.applicant).toMatchObject({ name: '张三', idNumber: '11010519491231002X' });
    await viewApplicantDetails(deps, { actor: handler, applicationId: id });
    const views = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from audit_log where target_id = ${id} and action = 'application.personalData.view'`);
    expect(views[0]!.n).toBe(2);
  });

  it('refuses a reviewer and another agency\'s handler without an audit entry, and says not found for an unknown id', async () => {
    const agency = await createTestAgency(db());
    const other = await createTestAgency(db());
    const deps = createIntakeDeps(db(), now, secret);
    const outcome = await submitApplication(deps, { input: validOnlineFields(agency.code), uploads: [], ip: null });
    if (!outcome.ok) throw new Error('not stored');
    const id = outcome.value.application.id;
    for (const actor of [await staffActor(db(), agency, 'reviewer'), await staffActor(db(), other, 'handler')]) {
      await expect(viewApplicantDetails(deps, { actor, applicationId: id })).rejects.toMatchObject({ code: 'access_denied' });
    }
    const handler = await staffActor(db(), agency, 'handler');
    await expect(viewApplicantDetails(deps, { actor: handler, applicationId: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({ code: 'application_not_found' });
    const views = await queryRows<{ n: number }>(db(), sql`select count(*)::int as n from audit_log where target_id = ${id} and action = 'application.personalData.view'`);
    expect(views[0]!.n).toBe(0);
  });
});
