/**
 * The case page and its steps over HTTP (app.inject, forms as a browser without JavaScript sends
 * them): each step recorded through the case core with its letter, and each refusal — a second
 * correction notice, an extension over 20 working days, a step after the reply, a handler of
 * another department — answered without recording anything.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';
import { databaseKinds } from '../../../../test/test-db.ts';
import { queryRows } from '../../../db/database.ts';
import { listApplicationEvents, listApplicationFiles } from '../../../db/repositories/applications.ts';
import { createOfficialCalendar } from '../../../domain/calendar/official-calendar.ts';
import { addWorkingDays } from '../../../domain/calendar/working-day-calendar.ts';
import { formatChineseDate } from '../../../domain/calendar/iso-date.ts';
import { createTestCase } from './case-test-data.ts';
import { createCaseWorld, type CaseWorld } from './case-test-world.ts';

const today = '2026-11-27';
const calendar = createOfficialCalendar();
describeEachApp(
  'case page and steps',
  (current) => {
    let world: CaseWorld;
    beforeAll(async () => {
      world = await createCaseWorld(current(), today);
    }, 120_000);

    const db = () => current().handle.db;
    const receivedCase = (receivedOn: string, extra: Parameters<typeof createTestCase>[1] extends infer T ? Partial<T> : never = {}) =>
      createTestCase(db(), { agencyId: world.deptA.id, today, events: [{ kind: 'received', on: receivedOn }], ...extra });
    const eventKinds = async (id: string) => (await listApplicationEvents(db(), id)).map((e) => e.event.kind);

    it('confirms the receipt of an online application and shows the due date 20 working days on', async () => {
      const row = await createTestCase(db(), { agencyId: world.deptA.id, today });
      const handler = await world.client('handlerA');
      const before = await handler.send({ method: 'GET', url: `/console/applications/${row.id}` });
      expect(before.statusCode).toBe(200);
      expect(before.body).toContain('确认收到申请');
      const posted = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/receipt`, form: { on: '2026-11-26' } });
      expect(posted.statusCode).toBe(303);
      expect(posted.headers.location).toBe(`/console/applications/${row.id}?done=receipt`);
      const after = await handler.send({ method: 'GET', url: posted.headers.location as string });
      const dueOn = addWorkingDays(calendar, '2026-11-26', 20);
      expect(after.body).toContain(`答复期限：${formatChineseDate(dueOn, true)}`);
      expect(after.body).toContain('已确认收到申请');
      const [stored] = await queryRows<{ due_on: string; status: string }>(db(), sql`select due_on::text, status from applications where id = ${row.id}`);
      expect(stored).toEqual({ due_on: dueOn, status: 'inProgress' });
      const audit = await queryRows<{ action: string }>(db(), sql`select action from audit_log where target_id = ${row.id}`);
      expect(audit.map((a) => a.action)).toEqual(['application.step']);
    });

    it('sends one correction notice with its letter, and refuses a second one after the correction', async () => {
      const row = await receivedCase('2026-11-20');
      const handler = await world.client('handlerA');
      const form = { on: today, items: '请写明所需文件的名称或文号\n请说明所涉年份', correctBy: '2026-12-11', documentNumber: '补正告知〔2026〕9号', letterDate: today };
      const first = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/correction`, form });
      expect(first.statusCode, first.body.slice(0, 300)).toBe(303);
      const files = await listApplicationFiles(db(), row.id);
      expect(files.map((f) => [f.role, f.letterType, f.isPublicToApplicant])).toEqual([['letter', 'correction', true]]);
      const page = await handler.send({ method: 'GET', url: `/console/applications/${row.id}` });
      expect(page.body).toContain('等待申请人补正');
      await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/correctionReceived`, form: { on: today } });
      const second = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/correction`, form });
      expect(second.statusCode).toBe(409);
      expect(second.body).toContain('补正通知只能发出一次');
      expect(second.body).toContain('本次提交的内容没有记录');
      expect(await eventKinds(row.id)).toEqual(['received', 'correctionRequested', 'correctionReceived']);
      expect(await listApplicationFiles(db(), row.id)).toHaveLength(1);
    });

    it('shows a form problem beside its field and records nothing', async () => {
      const row = await receivedCase('2026-11-20');
      const handler = await world.client('handlerA');
      const response = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/correction`, form: { on: today, items: '', correctBy: '2026-12-11', documentNumber: '补正告知〔2026〕9号', letterDate: today } });
      expect(response.statusCode).toBe(422);
      expect(response.body).toContain('请写明需要补正的事项');
      expect(response.body).toMatch(/<details class="step-form" open="" id="step-correction">|<details class="step-form" open id="step-correction">/);
      expect(await eventKinds(row.id)).toEqual(['received']);
    });

    it('lets only a reviewer approve an extension, of at most 20 working days, recording the approver', async () => {
      // Received 10-22, due 11-19 (20 working days): the extension is approved before that.
      const row = await receivedCase('2026-10-22');
      const form = { on: '2026-11-16', workingDays: '25', reason: '需要调取档案', documentNumber: '延期告知〔2026〕3号', letterDate: '2026-11-16' };
      const byHandler = await (await world.client('handlerA')).send({ method: 'POST', url: `/console/applications/${row.id}/extension`, form });
      expect(byHandler.statusCode).toBe(403);
      const reviewer = await world.client('reviewerA');
      const tooLong = await reviewer.send({ method: 'POST', url: `/console/applications/${row.id}/extension`, form });
      expect(tooLong.statusCode).toBe(409);
      expect(tooLong.body).toContain('1至20个工作日');
      expect(await eventKinds(row.id)).toEqual(['received']);
      const approved = await reviewer.send({ method: 'POST', url: `/console/applications/${row.id}/extension`, form: { ...form, workingDays: '10' } });
      expect(approved.statusCode, /<div class="notice notice-error"[\s\S]*?<\/div>/.exec(approved.body)?.[0]).toBe(303);
      const events = await listApplicationEvents(db(), row.id);
      expect(events[1]!.event).toMatchObject({ kind: 'extensionApproved', workingDays: 10, approvedBy: '赵审核', reason: '需要调取档案' });
      const dueOn = addWorkingDays(calendar, '2026-10-22', 30);
      const [stored] = await queryRows<{ due_on: string }>(db(), sql`select due_on::text from applications where id = ${row.id}`);
      expect(stored!.due_on).toBe(dueOn);
      expect((await listApplicationFiles(db(), row.id)).map((f) => f.letterType)).toEqual(['extension']);
    });

    it('records consultations, a fee notice per page and its payment, each from its form', async () => {
      const row = await receivedCase('2026-11-02');
      const handler = await world.client('handlerA');
      const page = await handler.send({ method: 'GET', url: `/console/applications/${row.id}` });
      for (const field of ['party', 'information', 'documentNumber', 'letterDate']) expect(page.body).toContain(`id="thirdParty-${field}"`);
      expect(page.body).toContain('生成征求意见书并登记');
      const post = (step: string, form: Record<string, string>) => handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/${step}`, form });
      const steps: [string, Record<string, string>][] = [
        ['thirdParty', { on: '2026-11-04', party: '莲城某某置业有限公司', information: '莲城某某置业有限公司的土地出让合同', documentNumber: '征求意见〔2026〕4号', letterDate: '2026-11-03' }],
        ['agencyConsultation', { on: '2026-11-05', agencyName: '莲城县住房和城乡建设局' }],
        ['thirdPartyAnswer', { on: '2026-11-10', consultationId: 'TP-1', opinion: 'consents' }],
        ['agencyConsultationAnswer', { on: '2026-11-12', consultationId: 'AC-2', opinion: 'noAnswer' }],
        ['feeNotice', { on: '2026-11-16', method: 'perPage', pages: '40', paymentMethod: '非税收入缴款码', documentNumber: '收费通知〔2026〕5号', letterDate: '2026-11-16', 复议机关: '测试县人民政府', 管辖法院: '测试县人民法院' }],
        ['feePaid', { on: '2026-11-18' }],
      ];
      for (const [step, form] of steps) {
        const response = await post(step, form);
        expect(response.statusCode, `${step}: ${/<div class="notice notice-error"[\s\S]*?<\/div>/.exec(response.body)?.[0] ?? ''}`).toBe(303);
      }
      const events = (await listApplicationEvents(db(), row.id)).map((e) => e.event);
      expect(events.map((e) => e.kind)).toEqual(['received', 'thirdPartyConsultationStarted', 'agencyConsultationStarted', 'thirdPartyConsultationEnded', 'agencyConsultationEnded', 'feeNoticeSent', 'feePaid']);
      expect(events[5]).toMatchObject({ method: 'perPage', amountYuan: 100, payBy: addWorkingDays(calendar, '2026-11-16', 20) });
      expect((await listApplicationFiles(db(), row.id)).map((f) => [f.letterType, f.isPublicToApplicant]).sort()).toEqual([['feeNotice', true], ['thirdPartyConsultation', false]]);
      const unknownConsultation = await post('thirdPartyAnswer', { on: today, consultationId: 'TP-9', opinion: 'objects' });
      expect(unknownConsultation.statusCode).toBe(409);
    });

    it('refuses a department B handler on A\'s case with 403, for the page and for a step', async () => {
      const row = await receivedCase('2026-11-20');
      const other = await world.client('handlerB');
      expect((await other.send({ method: 'GET', url: `/console/applications/${row.id}` })).statusCode).toBe(403);
      const step = await other.send({ method: 'POST', url: `/console/applications/${row.id}/steps/correctionReceived`, form: { on: today } });
      expect(step.statusCode).toBe(403);
      expect(await eventKinds(row.id)).toEqual(['received']);
    });

    it('answers 404 for a case that does not exist and for a step that does not exist', async () => {
      const handler = await world.client('handlerA');
      expect((await handler.send({ method: 'GET', url: '/console/applications/00000000-0000-4000-8000-000000000000' })).statusCode).toBe(404);
      const row = await receivedCase('2026-11-20');
      expect((await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/replied`, form: {} })).statusCode).toBe(404);
    });

    it('assigns a handler of the agency, audited, and refuses one of another department', async () => {
      const row = await receivedCase('2026-11-20');
      const handler = await world.client('handlerA');
      const refused = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/handler`, form: { handlerAccountId: world.accounts.handlerB.id } });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('不是本机关的承办人');
      const assigned = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/handler`, form: { handlerAccountId: world.accounts.handlerA2.id } });
      expect(assigned.statusCode).toBe(303);
      const [stored] = await queryRows<{ handler_account_id: string }>(db(), sql`select handler_account_id from applications where id = ${row.id}`);
      expect(stored!.handler_account_id).toBe(world.accounts.handlerA2.id);
      const audit = await queryRows<{ action: string; details: { handlerName: string } }>(db(), sql`select action, details from audit_log where target_id = ${row.id}`);
      expect(audit).toEqual([{ action: 'application.assign', details: expect.objectContaining({ handlerName: expect.stringContaining('刘承办') }) }]);
    });

    it('closes a case for no correction only after the correction deadline, with a 不再处理告知书', async () => {
      const row = await createTestCase(db(), {
        agencyId: world.deptA.id,
        today,
        events: [
          { kind: 'received', on: '2026-11-02' },
          { kind: 'correctionRequested', on: '2026-11-03', correctBy: '2026-11-27', items: '写明文号' },
        ],
      });
      const handler = await world.client('handlerA');
      const page = await handler.send({ method: 'GET', url: `/console/applications/${row.id}` });
      expect(page.body).toMatch(/id="close-documentNumber"[^>]*value="不再处理〔/);
      expect(page.body).toContain('id="close-复议机关"');
      const early = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/close`, form: { on: today, reason: 'correctionDeadlinePassed' } });
      expect(early.statusCode).toBe(409);
      expect(early.body).toContain('尚未届满');
      current().clock.set(new Date('2026-11-30T02:00:00Z'));
      try {
        const late = await world.client('handlerA');
        const form = { on: '2026-11-30', reason: 'correctionDeadlinePassed' };
        // Once the rules allow the closing, the letter's fields are asked for; nothing is recorded without them.
        const withoutLetter = await late.send({ method: 'POST', url: `/console/applications/${row.id}/steps/close`, form });
        expect(withoutLetter.statusCode).toBe(422);
        expect(withoutLetter.body).toContain('请填写文号');
        expect(await eventKinds(row.id)).toEqual(['received', 'correctionRequested']);
        const letter = { documentNumber: '不再处理〔2026〕9号', letterDate: '2026-11-30', 复议机关: '测试县人民政府', 管辖法院: '测试县人民法院' };
        const closed = await late.send({ method: 'POST', url: `/console/applications/${row.id}/steps/close`, form: { ...form, ...letter } });
        expect(closed.statusCode, closed.body.slice(0, 300)).toBe(303);
        expect(closed.headers.location).toContain('done=closeWithNotice');
      } finally {
        current().clock.set(new Date(`${today}T02:00:00Z`));
      }
      const [stored] = await queryRows<{ status: string; outcome: string }>(db(), sql`select status, outcome from applications where id = ${row.id}`);
      expect(stored).toEqual({ status: 'closed', outcome: 'other.noCorrection' });
      expect((await listApplicationFiles(db(), row.id)).map((f) => [f.letterType, f.isPublicToApplicant])).toEqual([['noCorrection', true]]);
    });

    it('transfers a case to department B, which then sees and handles it while A no longer can', async () => {
      const row = await receivedCase('2026-11-20');
      const handler = await world.client('handlerA');
      const moved = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/transfer`, form: { on: today, toAgencyCode: world.deptB.code, reason: '该信息由乙局制作' } });
      expect(moved.statusCode, moved.body.slice(0, 300)).toBe(303);
      const [stored] = await queryRows<{ agency_id: string; status: string }>(db(), sql`select agency_id, status from applications where id = ${row.id}`);
      expect(stored).toEqual({ agency_id: world.deptB.id, status: 'inProgress' });
      expect((await handler.send({ method: 'GET', url: `/console/applications/${row.id}` })).statusCode).toBe(403);
      const other = await world.client('handlerB');
      const list = await other.send({ method: 'GET', url: '/console/applications' });
      expect(list.body).toContain(row.trackingNumber);
      const audit = await queryRows<{ action: string; agency_id: string }>(db(), sql`select action, agency_id from audit_log where target_id = ${row.id} order by seq`);
      expect(audit).toEqual([
        { action: 'application.step', agency_id: world.deptA.id },
        { action: 'application.transfer', agency_id: world.deptB.id },
      ]);
    });
  },
  databaseKinds,
  { seedDemo: false },
);
