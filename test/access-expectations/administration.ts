/** Access-table expectations for the administration routes of 依申请公开 (merged in ./index.ts). */
import { saveLocalCalendarDay } from '../../src/db/repositories/calendar-admin.ts';
import type { ProbeRequest } from '../../src/http/api/accounts/administration-test-client.ts';
import type { ProbeContext, RouteExpectation } from '../access-probe.ts';

/** Working days of 2026, one per probe, so each allowed adjustment really changes the calendar. */
function datePool(first: string, count: number): () => string {
  let next = 0;
  return () => {
    const date = new Date(Date.parse(`${first}T00:00:00Z`) + 7 * 86_400_000 * (next % count));
    next += 1;
    return date.toISOString().slice(0, 10);
  };
}
// Tuesdays from 3 March and Thursdays from 6 August 2026: none falls on a holiday.
const adjustmentDate = datePool('2026-03-03', 9);
const removalDate = datePool('2026-08-06', 7);

const get = (url: string) => (): ProbeRequest => ({ method: 'GET', url });
const statistics = (path: string, extra = '') => (c: ProbeContext): ProbeRequest => ({ method: 'GET', url: `${path}?agency=${c.agency.code}&year=2026${extra}` });

async function ledgerUpload(c: ProbeContext): Promise<ProbeRequest> {
  const form = new FormData();
  form.set('step', 'upload');
  form.set('agency', c.agency.code);
  form.set('file', new Blob(['申请人,申请内容,收到日期\n张三,规划许可,2026-03-02\n']), '台账.csv');
  const request = new Request('http://probe/', { method: 'POST', body: form as unknown as string });
  return {
    method: 'POST',
    url: '/console/applications/import',
    raw: { contentType: request.headers.get('content-type')!, payload: Buffer.from(await request.arrayBuffer()) },
  };
}

export const administrationExpectations: Record<string, RouteExpectation> = {
  'GET /console/calendar': { rule: 'calendar.read', target: 'none', probe: get('/console/calendar?year=2026') },
  'POST /console/calendar/years': {
    rule: 'calendar.update',
    target: 'none',
    probe: () => ({ method: 'POST', url: '/console/calendar/years', form: { year: '2027', notice: '国务院办公厅关于2027年部分节假日安排的通知', holidays: '元旦：1月1日', swappedWorkdays: '' } }),
  },
  'POST /console/calendar/adjustments': {
    rule: 'calendar.update',
    target: 'none',
    probe: () => ({ method: 'POST', url: '/console/calendar/adjustments', form: { date: adjustmentDate(), kind: 'holiday', reason: '探针' } }),
  },
  'POST /console/calendar/adjustments/remove': {
    rule: 'calendar.update',
    target: 'none',
    probe: async (c) => {
      const date = removalDate();
      await saveLocalCalendarDay(c.db, { date, kind: 'holiday', name: '探针' }, null, new Date('2026-01-05T00:00:00Z'));
      return { method: 'POST', url: '/console/calendar/adjustments/remove', form: { date } };
    },
  },
  'GET /console/statistics': { rule: 'report.read', target: 'record', probe: statistics('/console/statistics') },
  'GET /console/statistics/cases': { rule: 'report.read', target: 'record', probe: statistics('/console/statistics/cases', '&row=newReceived&column=total') },
  'GET /console/statistics/export': { rule: 'report.read', target: 'record', probe: statistics('/console/statistics/export', '&format=csv') },
  'GET /console/applications/import': { rule: 'application.import', target: 'list', probe: get('/console/applications/import') },
  'POST /console/applications/import': { rule: 'application.import', target: 'record', probe: ledgerUpload },
};
