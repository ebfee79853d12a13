/**
 * 答复 over HTTP: the outcome → letter → values walk, the letter generated as DOCX from the
 * agency's template (or the default) and stored with the case, its download with safe headers,
 * and the refusals (missing values, a letter that does not fit the outcome, a step after the reply).
 */
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';
import { databaseKinds } from '../../../../test/test-db.ts';
import { queryRows } from '../../../db/database.ts';
import { listApplicationEvents, listApplicationFiles } from '../../../db/repositories/applications.ts';
import { outcomeKeys } from '../../../domain/applications/outcome.ts';
import { createTestCase } from './case-test-data.ts';
import { createCaseWorld, type CaseWorld } from './case-test-world.ts';

const today = '2026-11-27';
const partialReply = {
  outcome: 'partial',
  replyType: 'partial',
  不予公开内容: '第三部分涉及个人隐私的内容',
  理由: '涉及第三方个人隐私',
  提供方式: '现随本告知书以电子邮件方式提供可以公开的部分',
  复议机关: '测试县人民政府',
  管辖法院: '测试县人民法院',
  documentNumber: '依申请公开〔2026〕7号',
  letterDate: today,
  on: today,
};

describeEachApp(
  'reply to the applicant',
  (current) => {
    let world: CaseWorld;
    beforeAll(async () => {
      world = await createCaseWorld(current(), today);
    }, 120_000);

    const db = () => current().handle.db;
    const openCase = () => createTestCase(db(), { agencyId: world.deptA.id, today, events: [{ kind: 'received', on: '2026-11-20' }] });

    it('offers the 21 outcome rows grouped like table B, then the letter for the one chosen', async () => {
      const row = await openCase();
      const handler = await world.client('handlerA');
      const first = await handler.send({ method: 'GET', url: `/console/applications/${row.id}/reply` });
      expect(first.statusCode).toBe(200);
      expect(first.body.match(/name="outcome"/g)).toHaveLength(outcomeKeys.length);
      for (const group of ['（一）予以公开', '（二）部分公开', '（三）不予公开', '（四）无法提供', '（五）不予处理', '（六）其他处理']) expect(first.body).toContain(`<legend>${group}</legend>`);
      const granted = await handler.send({ method: 'GET', url: `/console/applications/${row.id}/reply?outcome=granted` });
      expect(granted.body).toContain('已主动公开告知书');
      expect(granted.body).toContain('予以公开告知书');
      const form = await handler.send({ method: 'GET', url: `/console/applications/${row.id}/reply?outcome=partial` });
      expect(form.body).toContain('第三步：部分公开告知书');
      expect(form.body).toContain('name="不予公开内容"');
    });

    it('refuses a reply with a value missing, or a letter that does not fit the outcome, and records nothing', async () => {
      const row = await openCase();
      const handler = await world.client('handlerA');
      const missing = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/reply`, form: { ...partialReply, 不予公开内容: '' } });
      expect(missing.statusCode).toBe(422);
      expect(missing.body).toContain('缺少“不予公开内容”');
      const mismatch = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/reply`, form: { ...partialReply, replyType: 'granted' } });
      expect(mismatch.statusCode).toBe(422);
      expect(mismatch.body).toContain('不适用于“部分公开”');
      expect((await listApplicationEvents(db(), row.id)).map((e) => e.event.kind)).toEqual(['received']);
      expect(await listApplicationFiles(db(), row.id)).toEqual([]);
    });

    it('replies with partial disclosure: the DOCX letter is stored, downloadable, and the case is ended', async () => {
      const row = await openCase();
      const handler = await world.client('handlerA');
      const posted = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/reply`, form: partialReply });
      expect(posted.statusCode, posted.body.slice(0, 200)).toBe(303);
      const [stored] = await queryRows<{ status: string; outcome: string; ended_on: string }>(db(), sql`select status, outcome, ended_on::text from applications where id = ${row.id}`);
      expect(stored).toEqual({ status: 'replied', outcome: 'partial', ended_on: today });
      const [file] = await listApplicationFiles(db(), row.id);
      expect(file).toMatchObject({ role: 'letter', letterType: 'partial', isPublicToApplicant: true });
      const download = await handler.send({ method: 'GET', url: `/console/applications/${row.id}/files/${file!.id}` });
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-type']).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      expect(download.headers['x-content-type-options']).toBe('nosniff');
      const disposition = String(download.headers['content-disposition']);
      expect(disposition).toMatch(/^attachment; filename="YSQ-TEST-2026-\d+-partial\.docx"; filename\*=UTF-8''/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(file!.filename);
      const { value: text } = await mammoth.extractRawText({ buffer: download.rawPayload });
      expect(text).toContain('第三部分涉及个人隐私的内容不予公开');
      expect(text).toContain('60日内向测试县人民政府申请行政复议');
      expect(text).toContain(row.trackingNumber);
      const page = await handler.send({ method: 'GET', url: `/console/applications/${row.id}` });
      expect(page.body).toContain('已答复');
      expect(page.body).toContain('本申请已办结，不能再登记办理步骤');
    });

    it('refuses any step after the reply', async () => {
      const row = await openCase();
      const handler = await world.client('handlerA');
      await handler.send({ method: 'POST', url: `/console/applications/${row.id}/reply`, form: partialReply });
      const step = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/thirdParty`, form: { on: today, party: '某公司', information: '某公司的报价', documentNumber: '征求意见〔2026〕1号', letterDate: today } });
      expect(step.statusCode).toBe(409);
      expect(step.body).toContain('本申请已答复，不能再征求第三方意见');
      const again = await handler.send({ method: 'POST', url: `/console/applications/${row.id}/reply`, form: partialReply });
      expect(again.statusCode).toBe(409);
      expect((await listApplicationEvents(db(), row.id)).map((e) => e.event.kind)).toEqual(['received', 'replied']);
      expect(await listApplicationFiles(db(), row.id)).toHaveLength(1);
    });

    it('does not let a reviewer or a registrar reply (only handlers answer)', async () => {
      const row = await openCase();
      for (const who of ['reviewerA', 'registrarA'] as const) {
        const response = await (await world.client(who)).send({ method: 'POST', url: `/console/applications/${row.id}/reply`, form: partialReply });
        expect(response.statusCode).toBe(403);
      }
    });
  },
  databaseKinds,
  { seedDemo: false },
);
