/**
 * Access-table expectations for the register, interpretations and Art. 20 figures (merged in
 * ./index.ts). Each probe builds its own published document in the probed agency; dates lie on or
 * before the access test's clock (2025-03-03), as register events cannot be dated in the future.
 */
import type { ProbeRequest } from '../../src/http/api/accounts/administration-test-client.ts';
import type { ProbeContext, RouteExpectation } from '../access-probe.ts';
import { createRegisterDocument } from '../register-factories.ts';

const issued = [{ event: 'issued' as const, effectiveOn: '2024-01-15', relatedItemId: null }];

const documentIn = async (c: ProbeContext) => (await createRegisterDocument(c.db, { agencyId: c.agency.id, events: issued })).id;

/** B's document, its title carrying the marker: A's register must not list it. */
async function markerDocument(c: ProbeContext): Promise<void> {
  await createRegisterDocument(c.db, { agencyId: c.world.deptB.id, title: `${c.marker} 乙局的规范性文件`, events: issued });
}

async function art20Upload(c: ProbeContext): Promise<ProbeRequest> {
  const form = new FormData();
  form.set('agency', c.agency.code);
  form.set('year', '2025');
  const csv = `机关代码,年度,行政许可,行政处罚,行政强制,行政事业性收费（万元）\n${c.agency.code},2025,3,1,0,2.5\n`;
  form.set('file', new Blob([csv]), '第二十条数据.csv');
  const request = new Request('http://probe/', { method: 'POST', body: form as unknown as string });
  return { method: 'POST', url: '/console/art20/import', raw: { contentType: request.headers.get('content-type')!, payload: Buffer.from(await request.arrayBuffer()) } };
}

export const registerExpectations: Record<string, RouteExpectation> = {
  'GET /console/register': {
    rule: 'info.read',
    target: 'list',
    probe: async (c) => (await markerDocument(c), { method: 'GET', url: '/console/register' }),
  },
  'GET /console/register/:itemId': {
    rule: 'info.read',
    target: 'record',
    probe: async (c) => ({ method: 'GET', url: `/console/register/${await documentIn(c)}` }),
  },
  'POST /console/register/:itemId/events': {
    rule: 'register.update',
    target: 'record',
    probe: async (c) => ({ method: 'POST', url: `/console/register/${await documentIn(c)}/events`, form: { event: 'amended', effectiveOn: '2025-03-03', relatedItemId: '', note: '探针' } }),
  },
  'GET /console/art20': {
    rule: 'info.read',
    target: 'record',
    probe: (c) => ({ method: 'GET', url: `/console/art20?agency=${c.agency.code}&year=2025` }),
  },
  'POST /console/art20': {
    rule: 'art20Figures.update',
    target: 'record',
    probe: (c) => ({
      method: 'POST',
      url: '/console/art20',
      form: { agency: c.agency.code, year: '2025', licensingDecisions: '4', penaltyDecisions: '', enforcementDecisions: '0', feesWanYuan: '12.5' },
    }),
  },
  'POST /console/art20/import': { rule: 'art20Figures.update', target: 'record', probe: art20Upload },
  'GET /api/v1/agencies/:agencyCode/table-a': {
    rule: 'info.read',
    target: 'record',
    probe: (c) => ({ method: 'GET', url: `/api/v1/agencies/${c.agency.code}/table-a?year=2025` }),
  },
};
