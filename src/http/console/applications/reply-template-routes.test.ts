/**
 * 文书模板 over HTTP: the list with the default in use, saving the agency's version (refused with
 * the problems beside the field when a required placeholder or the remedy sentence is gone), the
 * saved wording used by the next letter, going back to the default; each change audited.
 */
import { sql } from 'drizzle-orm';
import mammoth from 'mammoth';
import { beforeAll, expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';
import { databaseKinds } from '../../../../test/test-db.ts';
import { queryRows } from '../../../db/database.ts';
import { listApplicationFiles, readApplicationFile } from '../../../db/repositories/applications.ts';
import { findReplyTemplate } from '../../../db/repositories/reply-templates.ts';
import { defaultTemplateOf } from '../../../domain/replies/default-templates.ts';
import { formatTemplate } from '../../../domain/replies/template.ts';
import { createTestCase } from './case-test-data.ts';
import { createCaseWorld, type CaseWorld } from './case-test-world.ts';

const today = '2026-11-27';
describeEachApp(
  'reply templates',
  (current) => {
    let world: CaseWorld;
    beforeAll(async () => {
      world = await createCaseWorld(current(), today);
    }, 120_000);
    const db = () => current().handle.db;
    const url = () => `/console/reply-templates/${world.deptA.code}/correction`;

    it('lists every letter type of the reviewer\'s agency with the default in use', async () => {
      const page = await (await world.client('reviewerA')).send({ method: 'GET', url: '/console/reply-templates' });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(`${world.deptA.name}的文书模板`);
      expect(page.body).toContain('部分公开告知书');
      expect(page.body).toContain('补正告知书');
      expect(page.body).not.toContain(world.deptB.name);
    });

    it('refuses a template without its required placeholder or the remedy sentence, saving nothing', async () => {
      const reviewer = await world.client('reviewerA');
      const noItems = formatTemplate(defaultTemplateOf('correction')).replace('{{补正事项}}', '见附件');
      const refused = await reviewer.send({ method: 'POST', url: url(), form: { template: noItems } });
      expect(refused.statusCode).toBe(422);
      expect(refused.body).toContain('必须包含占位符 {{补正事项}}');
      expect(refused.body).toContain('见附件');
      const partialUrl = `/console/reply-templates/${world.deptA.code}/partial`;
      const noRemedy = formatTemplate(defaultTemplateOf('partial')).split('\n').filter((line) => !line.includes('行政复议')).join('\n');
      const refusedRemedy = await reviewer.send({ method: 'POST', url: partialUrl, form: { template: noRemedy } });
      expect(refusedRemedy.statusCode).toBe(422);
      expect(refusedRemedy.body).toContain('必须告知救济途径');
      expect(await findReplyTemplate(db(), world.deptA.id, 'correction')).toBeNull();
    });

    it('saves the agency\'s wording, uses it in the next letter, and goes back to the default; audited', async () => {
      const reviewer = await world.client('reviewerA');
      const custom = formatTemplate(defaultTemplateOf('correction')).replace('请您对下列事项作出补正：', '请您就下列事项补充说明：');
      const saved = await reviewer.send({ method: 'POST', url: url(), form: { template: custom } });
      expect(saved.statusCode).toBe(303);
      expect((await reviewer.send({ method: 'GET', url: url() })).body).toContain('请您就下列事项补充说明');

      const row = await createTestCase(db(), { agencyId: world.deptA.id, today, events: [{ kind: 'received', on: '2026-11-25' }] });
      const handler = await world.client('handlerA');
      const form = { on: today, items: '写明文号', correctBy: '2026-12-11', documentNumber: '补正告知〔2026〕1号', letterDate: today };
      expect((await handler.send({ method: 'POST', url: `/console/applications/${row.id}/steps/correction`, form })).statusCode).toBe(303);
      const [file] = await listApplicationFiles(db(), row.id);
      const content = await readApplicationFile(db(), row.id, file!.id);
      const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(content!.content) });
      expect(text).toContain('请您就下列事项补充说明');

      const reset = await reviewer.send({ method: 'POST', url: `${url()}/reset`, form: {} });
      expect(reset.statusCode).toBe(303);
      expect(await findReplyTemplate(db(), world.deptA.id, 'correction')).toBeNull();
      const audit = await queryRows<{ action: string }>(db(), sql`select action from audit_log where target_type = 'replyTemplate' and agency_id = ${world.deptA.id} order by seq`);
      expect(audit.map((a) => a.action)).toEqual(['replyTemplate.update', 'replyTemplate.reset']);
    });

    it('refuses another department\'s templates and an unknown letter type', async () => {
      const reviewer = await world.client('reviewerA');
      expect((await reviewer.send({ method: 'GET', url: `/console/reply-templates/${world.deptB.code}/correction` })).statusCode).toBe(403);
      expect((await reviewer.send({ method: 'GET', url: `/console/reply-templates/${world.deptA.code}/nonsense` })).statusCode).toBe(404);
      expect((await (await world.client('handlerA')).send({ method: 'GET', url: url() })).statusCode).toBe(403);
    });
  },
  databaseKinds,
  { seedDemo: false },
);
