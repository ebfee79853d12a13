/**
 * The case-handling use cases on a real database (PGlite and PostgreSQL), through the store built
 * from the repositories: the fee notice with the applicant's history, consultations pausing the
 * clock and the 征求意见书 to the third party, the payment, the 不再处理告知书 when a case is
 * closed, the worklist's paging, assigning on an ended case, and a calendar without next year.
 */
import mammoth from 'mammoth';
import { expect, it } from 'vitest';
import { createTestAccount, createTestAgency } from '../../../../test/factories.ts';
import { describeEachDatabase } from '../../../../test/test-db.ts';
import { listApplicationEvents, listApplicationFiles } from '../../../db/repositories/applications.ts';
import type { Role } from '../../../domain/access/roles.ts';
import { createOfficialCalendar } from '../../../domain/calendar/official-calendar.ts';
import { addWorkingDays } from '../../../domain/calendar/working-day-calendar.ts';
import { consultationAnswerDueOn } from '../../../domain/deadlines/statutory-periods.ts';
import { formatLetterDate } from '../../../domain/replies/letter-text.ts';
import { assignHandler } from '../../../use-cases/applications/cases/assign-handler.ts';
import { getCaseDetails } from '../../../use-cases/applications/cases/get-case-details.ts';
import { listWorklist, worklistPageSize } from '../../../use-cases/applications/cases/list-worklist.ts';
import { readCaseFile } from '../../../use-cases/applications/cases/read-case-file.ts';
import { recordStep, type StaffActor } from '../../../use-cases/applications/cases/record-step.ts';
import { createCaseHandlingDeps } from './case-handling-deps.ts';
import { createTestCase } from './case-test-data.ts';
import { startReminderTimer } from './reminder-timer.ts';
import { listRemindersOfApplication } from '../../../db/repositories/reminders.ts';

const calendar = createOfficialCalendar();
const applicant = { kind: 'naturalPerson' as const, name: '钱多多', idNumber: '11010519491231002X', idDocument: 'residentIdCard' as const };

describeEachDatabase('case handling use cases', ({ db }) => {
  async function setUp(today: string) {
    const agency = await createTestAgency(db());
    const actor = async (role: Role): Promise<StaffActor> => {
      const account = await createTestAccount(db(), { agencyId: agency.id, mustChangePassword: false, displayName: `测试${role}` }, [role]);
      return { kind: 'staff', principal: { accountId: account.id, grants: [{ role, agencyId: agency.id, includeSubtree: false }] }, name: account.displayName, ip: null };
    };
    const deps = createCaseHandlingDeps(db(), () => new Date(`${today}T02:00:00Z`));
    return { agency, actor, deps };
  }

  /** The one letter of this type stored with the case, as staff download it, with its text. */
  async function letterOf(deps: ReturnType<typeof createCaseHandlingDeps>, actor: StaffActor, applicationId: string, letterType: string) {
    const files = (await listApplicationFiles(db(), applicationId)).filter((f) => f.letterType === letterType);
    expect(files).toHaveLength(1);
    const { file } = await readCaseFile(deps, { principal: actor.principal, applicationId, fileId: files[0]!.id });
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(file.content) });
    return { file, text: value.replace(/\s+/g, '') };
  }

  const letterFields = { documentNumber: '不再处理〔2026〕3号', letterDate: '2026-11-20', 复议机关: '测试县人民政府', 管辖法院: '测试县人民法院' };

  it('charges 100元 for an applicant\'s 11th application to the agency in a month, matched by ID number', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    for (let i = 0; i < 10; i += 1) {
      await createTestCase(db(), { agencyId: agency.id, applicant: { ...applicant, idNumber: i % 2 === 0 ? applicant.idNumber : applicant.idNumber.toLowerCase() }, events: [{ kind: 'received', on: '2026-11-02' }], today: '2026-11-20' });
    }
    // Another month and another applicant do not count.
    await createTestCase(db(), { agencyId: agency.id, applicant, events: [{ kind: 'received', on: '2026-10-30' }], today: '2026-11-20' });
    const row = await createTestCase(db(), { agencyId: agency.id, applicant, events: [{ kind: 'received', on: '2026-11-03' }], today: '2026-11-20' });
    const handler = await actor('handler');
    const details = await getCaseDetails(deps, { principal: handler.principal, applicationId: row.id });
    expect(details.feeHistory?.ordinal).toBe(11);
    const input = { on: '2026-11-20', method: 'perApplication', paymentMethod: '缴款码', documentNumber: '收费通知〔2026〕1号', letterDate: '2026-11-20', 复议机关: '测试县人民政府', 管辖法院: '测试县人民法院' };
    const result = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'feeNotice', input });
    expect(result.ok).toBe(true);
    const events = await listApplicationEvents(db(), row.id);
    expect(events.at(-1)!.event).toEqual({ kind: 'feeNoticeSent', on: '2026-11-20', method: 'perApplication', amountYuan: 100, payBy: addWorkingDays(calendar, '2026-11-20', 20) });
    expect((await listApplicationFiles(db(), row.id)).map((f) => f.letterType)).toEqual(['feeNotice']);

    const early = recordStep(deps, { actor: handler, applicationId: row.id, step: 'close', input: { on: '2026-11-20', reason: 'feeUnpaid' } });
    await expect(early).rejects.toMatchObject({ code: 'application.paymentPeriodRunning' });
    const paid = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'feePaid', input: { on: '2026-11-20' } });
    expect(paid.ok).toBe(true);
    expect((await listApplicationEvents(db(), row.id)).at(-1)!.event).toEqual({ kind: 'feePaid', on: '2026-11-20', amountYuan: 100 });
  });

  it('refuses a fee notice that would be free, and asks for the pages when charging per page', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    const row = await createTestCase(db(), { agencyId: agency.id, applicant, events: [{ kind: 'received', on: '2026-11-03' }], today: '2026-11-20' });
    const handler = await actor('handler');
    const base = { on: '2026-11-20', paymentMethod: '缴款码', documentNumber: '收费通知〔2026〕2号', letterDate: '2026-11-20', 复议机关: '县政府', 管辖法院: '县法院' };
    const free = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'feeNotice', input: { ...base, method: 'perApplication' } });
    expect(free).toMatchObject({ ok: false, issues: [{ path: 'method', message: expect.stringContaining('第1件申请') }] });
    const noPages = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'feeNotice', input: { ...base, method: 'perPage' } });
    expect(noPages).toMatchObject({ ok: false, issues: [{ path: 'pages' }] });
    const perPage = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'feeNotice', input: { ...base, method: 'perPage', pages: '150' } });
    expect(perPage.ok).toBe(true);
    // 31–100: 70 × 10, 101–150: 50 × 20.
    expect((await listApplicationEvents(db(), row.id)).at(-1)!.event).toMatchObject({ kind: 'feeNoticeSent', amountYuan: 1700 });
  });

  it('pauses the clock while a third party is consulted and resumes it after the answer', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    const row = await createTestCase(db(), { agencyId: agency.id, events: [{ kind: 'received', on: '2026-11-02' }], today: '2026-11-20' });
    const handler = await actor('handler');
    const consultation = { on: '2026-11-05', party: '某某有限公司', information: '某某有限公司的投标报价', documentNumber: '征求意见〔2026〕1号', letterDate: '2026-11-04' };
    expect((await recordStep(deps, { actor: handler, applicationId: row.id, step: 'thirdParty', input: consultation })).ok).toBe(true);
    const answered = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'thirdPartyAnswer', input: { on: '2026-11-12', consultationId: 'TP-1', opinion: 'objects' } });
    expect(answered.ok).toBe(true);
    const details = await getCaseDetails(deps, { principal: handler.principal, applicationId: row.id });
    // Counted: 11-03 and 11-04; the pause leaves out 11-05 (the third party received the letter) through 11-12 (the answer arrived).
    const expected = addWorkingDays(calendar, '2026-11-12', 18);
    expect(details.deadline.ok && details.deadline.deadline.dueOn).toBe(expected);
    expect(details.traceSummary.map((l) => l.text).join('\n')).toContain('暂停');
  });

  it('writes the 征求意见书 to the third party with its answer deadline, for staff only', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    const row = await createTestCase(db(), { agencyId: agency.id, events: [{ kind: 'received', on: '2026-11-02' }], today: '2026-11-20' });
    const handler = await actor('handler');
    const input = { on: '2026-11-06', party: '莲城某某/建材有限公司', information: '1. 贵公司的投标报价明细\n2. 贵公司的技术方案', documentNumber: '征求意见〔2026〕7号', letterDate: '2026-11-04' };
    const result = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'thirdParty', input });
    expect(result.ok && result.value.letter).toMatchObject({ letterType: 'thirdPartyConsultation', isPublicToApplicant: false });
    const { file, text } = await letterOf(deps, handler, row.id, 'thirdPartyConsultation');
    expect(file.filename).toBe(`政府信息公开征求第三方意见书（莲城某某_建材有限公司，${row.trackingNumber}）.docx`);
    expect(text).toContain('莲城某某/建材有限公司：');
    expect(text).toContain('1.贵公司的投标报价明细');
    expect(text).toContain(`15个工作日内（截至${formatLetterDate(consultationAnswerDueOn(calendar, '2026-11-06'))}）`);
    expect(text).toContain('征求意见〔2026〕7号');
    expect(text).toContain('第三十二条');
  });

  it('refuses the 征求意见书 without the information concerned', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    const row = await createTestCase(db(), { agencyId: agency.id, events: [{ kind: 'received', on: '2026-11-02' }], today: '2026-11-20' });
    const handler = await actor('handler');
    const input = { on: '2026-11-06', party: '某公司', information: ' ', documentNumber: '征求意见〔2026〕8号', letterDate: '2026-11-04' };
    const result = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'thirdParty', input });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'information' }] });
    expect(await listApplicationFiles(db(), row.id)).toEqual([]);
  });

  it('sends the applicant a 不再处理告知书 when a case is closed for an unpaid fee', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    const payBy = addWorkingDays(calendar, '2026-10-12', 20);
    const events = [
      { kind: 'received', on: '2026-10-09' },
      { kind: 'feeNoticeSent', on: '2026-10-12', method: 'perApplication', amountYuan: 200, payBy },
    ] as const;
    const row = await createTestCase(db(), { agencyId: agency.id, events, today: '2026-11-20' });
    const handler = await actor('handler');
    const missing = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'close', input: { on: '2026-11-20', reason: 'feeUnpaid' } });
    expect(missing.ok ? [] : missing.issues.map((i) => i.path)).toEqual(['documentNumber', 'letterDate', '复议机关', '管辖法院']);
    const closed = await recordStep(deps, { actor: handler, applicationId: row.id, step: 'close', input: { on: '2026-11-20', reason: 'feeUnpaid', ...letterFields } });
    expect(closed.ok && closed.value.letter).toMatchObject({ letterType: 'unpaidFee', isPublicToApplicant: true });
    expect((await listApplicationEvents(db(), row.id)).at(-1)!.event).toMatchObject({ kind: 'closed', outcome: 'other.unpaidFee' });
    const { text } = await letterOf(deps, handler, row.id, 'unpaidFee');
    expect(text).toContain(`应缴信息处理费人民币200元，缴费期限至${formatLetterDate(payBy)}`);
    expect(text).toContain('国办函〔2020〕109号');
    expect(text).toContain('如对本机关不再处理您的政府信息公开申请不服，可以自收到本告知书之日起60日内向测试县人民政府申请行政复议');
  });

  it('sends the applicant a 不再处理告知书 when a case is closed for no correction, and none for a withdrawal', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    const events = [
      { kind: 'received', on: '2026-11-02' },
      { kind: 'correctionRequested', on: '2026-11-03', correctBy: '2026-11-17', items: '写明文号' },
    ] as const;
    const lapsed = await createTestCase(db(), { agencyId: agency.id, events, today: '2026-11-20' });
    const withdrawn = await createTestCase(db(), { agencyId: agency.id, events, today: '2026-11-20' });
    const handler = await actor('handler');
    const closed = await recordStep(deps, { actor: handler, applicationId: lapsed.id, step: 'close', input: { on: '2026-11-20', reason: 'correctionDeadlinePassed', ...letterFields } });
    expect(closed.ok && closed.value.letter).toMatchObject({ letterType: 'noCorrection', isPublicToApplicant: true });
    const { text } = await letterOf(deps, handler, lapsed.id, 'noCorrection');
    expect(text).toContain('补正期限至2026年11月17日');
    expect(text).toContain('第三十条的规定，视为您放弃申请，本机关不再处理该政府信息公开申请');
    expect(text).toContain('6个月内向测试县人民法院提起行政诉讼');
    const gone = await recordStep(deps, { actor: handler, applicationId: withdrawn.id, step: 'close', input: { on: '2026-11-20', reason: 'withdrawn' } });
    expect(gone.ok && gone.value.letter).toBeNull();
    expect(await listApplicationFiles(db(), withdrawn.id)).toEqual([]);
  });

  it('pages the worklist and keeps the page within range', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    for (let i = 0; i < worklistPageSize + 3; i += 1) await createTestCase(db(), { agencyId: agency.id, events: [{ kind: 'received', on: '2026-11-10' }], today: '2026-11-20' });
    const reader = await actor('registrar');
    const first = await listWorklist(deps, { principal: reader.principal, query: {} });
    expect(first).toMatchObject({ total: worklistPageSize + 3, page: 1, pageCount: 2 });
    expect(first.items).toHaveLength(worklistPageSize);
    const beyond = await listWorklist(deps, { principal: reader.principal, query: { page: '9' } });
    expect(beyond.page).toBe(2);
    expect(beyond.items).toHaveLength(3);
  });

  it('does not assign a handler to an ended case', async () => {
    const { agency, actor, deps } = await setUp('2026-11-20');
    const row = await createTestCase(db(), {
      agencyId: agency.id,
      today: '2026-11-20',
      events: [
        { kind: 'received', on: '2026-11-02' },
        { kind: 'replied', on: '2026-11-10', outcome: 'granted', replyType: 'granted' },
      ],
    });
    const handler = await actor('handler');
    await expect(assignHandler(deps, { actor: handler, applicationId: row.id, input: { handlerAccountId: handler.principal.accountId } })).rejects.toMatchObject({ code: 'application.caseEnded' });
  });

  it('runs the reminder job from the server\'s timer and logs what it did', async () => {
    const { agency } = await setUp('2026-11-20');
    const row = await createTestCase(db(), { agencyId: agency.id, events: [{ kind: 'received', on: '2026-10-01' }], today: '2026-11-20' });
    const logged: object[] = [];
    const timer = startReminderTimer({ handle: { db: db() }, now: () => new Date('2026-11-20T02:00:00Z'), log: { info: (details) => logged.push(details), error: (details) => logged.push(details) } }, { firstRunAfterMs: 3_600_000 });
    try {
      const run = await timer.runNow();
      expect(run?.created).toBeGreaterThanOrEqual(1);
      expect(await listRemindersOfApplication(db(), row.id)).toMatchObject([{ kind: 'overdue' }]);
      expect(logged).toEqual([{ reminders: run }]);
    } finally {
      timer.stop();
    }
  });

  it('still opens a case whose due date falls in a year the calendar does not know, and says why', async () => {
    const { agency, actor, deps } = await setUp('2026-12-20');
    const row = await createTestCase(db(), { agencyId: agency.id, events: [{ kind: 'received', on: '2026-12-18' }], today: '2026-12-20' });
    const reader = await actor('registrar');
    const details = await getCaseDetails(deps, { principal: reader.principal, applicationId: row.id });
    expect(details.deadline).toMatchObject({ ok: false, message: expect.stringContaining('2027') });
    expect(details.defaults.correctBy).toBe('');
    const list = await listWorklist(deps, { principal: reader.principal, query: {} });
    expect(list.items[0]!.deadlineProblem).toContain('2027');
  });
});
