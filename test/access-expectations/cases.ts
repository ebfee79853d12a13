/**
 * Access-table expectations for the case-handling routes of 依申请公开 (merged in ./index.ts):
 * the worklist and reminders, the case page, its files and steps, the reply, and the reply
 * templates. Each probe builds its own case in the probed agency; the dates lie before the
 * access test's clock (2025-03-03), as steps cannot be recorded in the future.
 */
import { insertApplicationFile } from '../../src/db/repositories/applications.ts';
import { defaultTemplateOf } from '../../src/domain/replies/default-templates.ts';
import { formatTemplate } from '../../src/domain/replies/template.ts';
import { createTestCase } from '../../src/http/console/applications/case-test-data.ts';
import type { ProbeContext, RouteExpectation } from '../access-probe.ts';

const today = '2025-03-03';

const receivedCase = (c: ProbeContext, receivedOn = '2025-02-20') =>
  createTestCase(c.db, { agencyId: c.agency.id, today, events: [{ kind: 'received', on: receivedOn }], submittedAt: new Date('2025-02-20T01:00:00Z') });

/** B's case, open and due first in any list (received long ago), its summary starting with the marker. */
async function markerCase(c: ProbeContext): Promise<void> {
  await createTestCase(c.db, {
    agencyId: c.world.deptB.id,
    today,
    events: [{ kind: 'received', on: '2020-01-06' }],
    description: `${c.marker} 乙局的申请`,
    submittedAt: new Date('2020-01-06T01:00:00Z'),
  });
}

const partialReply = {
  outcome: 'partial',
  replyType: 'partial',
  不予公开内容: '涉及个人隐私的部分',
  理由: '涉及第三方个人隐私',
  提供方式: '随本告知书提供',
  复议机关: '甲乙县人民政府',
  管辖法院: '甲乙县人民法院',
  documentNumber: '依申请公开〔2025〕1号',
  letterDate: today,
  on: today,
};

const extension = { on: today, workingDays: '5', reason: '需要调取档案', documentNumber: '延期告知〔2025〕1号', letterDate: today };

export const casesExpectations: Record<string, RouteExpectation> = {
  'GET /console/applications': {
    rule: 'application.read',
    target: 'list',
    probe: async (c) => (await markerCase(c), { method: 'GET', url: '/console/applications' }),
  },
  'POST /console/reminders/read': { rule: 'application.read', target: 'none', probe: () => ({ method: 'POST', url: '/console/reminders/read', form: {} }) },
  'GET /console/applications/:id': {
    rule: 'application.read',
    target: 'record',
    probe: async (c) => ({ method: 'GET', url: `/console/applications/${(await receivedCase(c)).id}` }),
  },
  'GET /console/applications/:id/files/:fileId': {
    rule: 'application.read',
    target: 'record',
    probe: async (c) => {
      const row = await receivedCase(c);
      const content = new TextEncoder().encode('%PDF-1.4 probe');
      const file = await insertApplicationFile(c.db, { applicationId: row.id, agencyId: row.agencyId, role: 'attachment', filename: '身份证.pdf', mediaType: 'application/pdf', size: content.length, sha256: 'probe', content });
      return { method: 'GET', url: `/console/applications/${row.id}/files/${file.id}` };
    },
  },
  'POST /console/applications/:id/steps/:step': {
    rule: 'application.handle',
    target: 'record',
    probe: async (c) => {
      const row = await createTestCase(c.db, { agencyId: c.agency.id, today, submittedAt: new Date('2025-02-28T01:00:00Z') });
      return { method: 'POST', url: `/console/applications/${row.id}/steps/receipt`, form: { on: today } };
    },
  },
  'POST /console/applications/:id/extension': {
    rule: 'application.review',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/applications/${(await receivedCase(c)).id}/extension`, form: extension }),
  },
  'POST /console/applications/:id/handler': {
    rule: 'application.handle',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/applications/${(await receivedCase(c)).id}/handler`, form: { handlerAccountId: '' } }),
  },
  'GET /console/applications/:id/reply': {
    rule: 'application.handle',
    target: 'record',
    probe: async (c) => ({ method: 'GET', url: `/console/applications/${(await receivedCase(c)).id}/reply?outcome=partial` }),
  },
  'POST /console/applications/:id/reply': {
    rule: 'application.handle',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/applications/${(await receivedCase(c)).id}/reply`, form: partialReply }),
  },
  'GET /console/reply-templates': { rule: 'replyTemplate.update', target: 'list', probe: () => ({ method: 'GET', url: '/console/reply-templates' }) },
  'GET /console/reply-templates/:agencyCode/:letterType': {
    rule: 'replyTemplate.update',
    target: 'record',
    probe: (c) => ({ method: 'GET', url: `/console/reply-templates/${c.agency.code}/correction` }),
  },
  'POST /console/reply-templates/:agencyCode/:letterType': {
    rule: 'replyTemplate.update',
    target: 'record',
    probe: (c) => ({ method: 'POST', url: `/console/reply-templates/${c.agency.code}/correction`, form: { template: formatTemplate(defaultTemplateOf('correction')) } }),
  },
  'POST /console/reply-templates/:agencyCode/:letterType/reset': {
    rule: 'replyTemplate.update',
    target: 'record',
    probe: (c) => ({ method: 'POST', url: `/console/reply-templates/${c.agency.code}/correction/reset`, form: {} }),
  },
};
