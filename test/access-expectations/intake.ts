/**
 * Access-table expectations for the intake routes of 依申请公开 (merged in ./index.ts): the portal's
 * form, receipt and tracking pages and the public API are public; registering needs
 * `application.register` on the agency, the applicant's full data `application.viewPersonalData`.
 * `GET /apply` itself is listed with the other portal pages in access-table.test.ts.
 */
import type { RouteExpectation } from '../access-probe.ts';
import type { ProbeContext } from '../access-probe.ts';
import { createIntakeDeps } from '../../src/http/portal/applications/intake-stores.ts';
import { validOnlineFields, validRegistrationFields } from '../../src/use-cases/applications/intake/intake-test-input.ts';
import { submitApplication } from '../../src/use-cases/applications/intake/submit-application.ts';

const get = (url: string) => () => ({ method: 'GET', url }) as const;
const noId = '00000000-0000-4000-8000-000000000000';

/** An online application of the probe's agency, stored directly: its id, number and query code. */
async function storedApplication(c: ProbeContext): Promise<{ id: string; trackingNumber: string; queryCode: string }> {
  const deps = createIntakeDeps(c.db, () => new Date('2025-03-03T02:00:00Z'), 'access-probe-secret');
  const outcome = await submitApplication(deps, { input: validOnlineFields(c.agency.code), uploads: [], ip: null });
  if (!outcome.ok) throw new Error(`probe application refused: ${JSON.stringify(outcome.issues)}`);
  return { id: outcome.value.application.id, trackingNumber: outcome.value.application.trackingNumber, queryCode: outcome.value.queryCode };
}

export const intakeExpectations: Record<string, RouteExpectation> = {
  'POST /apply': { rule: 'public', target: 'none', probe: (c) => ({ method: 'POST', url: '/apply', form: validOnlineFields(c.agency.code) }) },
  'GET /apply/receipt': { rule: 'public', target: 'none', probe: get('/apply/receipt') },
  'GET /track': { rule: 'public', target: 'none', probe: get('/track') },
  'POST /track': {
    rule: 'public',
    target: 'none',
    probe: async (c) => {
      const { trackingNumber, queryCode } = await storedApplication(c);
      return { method: 'POST', url: '/track', form: { trackingNumber, queryCode } };
    },
  },
  // Without the tracking cookie these send the visitor back to the tracking form.
  'GET /track/status': { rule: 'public', target: 'none', probe: get('/track/status') },
  'GET /track/letters/:fileId': { rule: 'public', target: 'none', probe: get(`/track/letters/${noId}`) },
  'POST /track/correction': { rule: 'public', target: 'none', probe: () => ({ method: 'POST', url: '/track/correction', form: { description: '补正内容' } }) },
  'POST /track/end': { rule: 'public', target: 'none', probe: () => ({ method: 'POST', url: '/track/end', form: {} }) },
  'POST /api/v1/applications': {
    rule: 'public',
    target: 'none',
    probe: (c) => ({ method: 'POST', url: '/api/v1/applications', json: { ...validOnlineFields(c.agency.code), declaration: true } }),
  },
  // The agency drop-down lists where the registrar may register: never department B for A.
  'GET /console/applications/new': { rule: 'application.register', target: 'list', probe: get('/console/applications/new') },
  'POST /console/applications/new': {
    rule: 'application.register',
    target: 'record',
    probe: (c) => ({ method: 'POST', url: '/console/applications/new', form: validRegistrationFields(c.agency.code, { handedInOn: '2025-01-02' }) }),
  },
  'GET /console/applications/:id/applicant': {
    rule: 'application.viewPersonalData',
    target: 'record',
    probe: async (c) => ({ method: 'GET', url: `/console/applications/${(await storedApplication(c)).id}/applicant` }),
  },
};
