/**
 * The console's agency pages: `/console/agencies` (the tree in the staff member's scope) and
 * `/console/agencies/:agencyCode` (details; the office form posts back to the same address and
 * redirects after saving, so a reload never posts twice).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { can } from '../../../domain/access/policy.ts';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { buildAgencyTree } from '../../../domain/agencies/agency-tree.ts';
import { getAgency } from '../../../use-cases/get-agency.ts';
import { listAgencies } from '../../../use-cases/list-agencies.ts';
import { updateDisclosureOffice } from '../../../use-cases/update-disclosure-office.ts';
import { AgenciesDetailPage } from '../../../views/pages/console/agencies-detail-page.tsx';
import { officeFields, officeValuesOf, type OfficeValues } from '../../../views/pages/console/agencies-office-form.tsx';
import { AgenciesPage } from '../../../views/pages/console/agencies-page.tsx';
import { actorOf, administrationDepsOf, formFields, nowOf, paramOf } from '../../api/accounts/administration-routing.ts';
import { renderPage } from '../../render-page.tsx';
import { loadAgencyAncestry, requirePrincipal } from '../../route-access.ts';

export function registerAgencyConsoleRoutes(app: FastifyInstance): void {
  app.get('/console/agencies', { config: { access: { kind: 'action', action: 'agency.read' } } }, async (request, reply) => {
    const principal = requirePrincipal(request);
    const { agencies } = await listAgencies(administrationDepsOf(request), { principal });
    const ancestry = await loadAgencyAncestry(request.server.deps.handle.db);
    const editableIds = new Set(agencies.filter((a) => can(principal, 'agency.update', { agencyId: a.id }, ancestry)).map((a) => a.id));
    return renderPage(reply, h(AgenciesPage, { tree: buildAgencyTree(agencies), editableIds }), { title: '机关信息', layout: 'console' });
  });

  app.get(
    '/console/agencies/:agencyCode',
    { config: { access: { kind: 'action', action: 'agency.read', target: 'agencyParam' } } },
    async (request, reply) => {
      const saved = (request.query as Record<string, unknown> | undefined)?.['saved'] === '1';
      return renderAgencyPage(request, reply, { issues: [], values: null, saved });
    },
  );

  app.post(
    '/console/agencies/:agencyCode',
    { config: { access: { kind: 'action', action: 'agency.update', target: 'agencyParam' } } },
    async (request, reply) => {
      const code = paramOf(request, 'agencyCode');
      const command = { actor: actorOf(request), code, input: formFields(request.body), now: nowOf(request) };
      const outcome = await updateDisclosureOffice(administrationDepsOf(request), command);
      if (outcome.ok) return reply.redirect(`/console/agencies/${encodeURIComponent(code)}?saved=1`, 303);
      return renderAgencyPage(request, reply, { issues: outcome.issues, values: submittedValues(request.body), saved: false });
    },
  );
}

interface AgencyPageState {
  issues: readonly Issue[];
  /** The submitted values to show again; null: the stored ones. */
  values: OfficeValues | null;
  saved: boolean;
}

async function renderAgencyPage(request: FastifyRequest, reply: FastifyReply, state: AgencyPageState): Promise<FastifyReply> {
  const principal = requirePrincipal(request);
  const { agency, parent } = await getAgency(administrationDepsOf(request), { principal, code: paramOf(request, 'agencyCode') });
  const ancestry = await loadAgencyAncestry(request.server.deps.handle.db);
  const canEdit = can(principal, 'agency.update', { agencyId: agency.id }, ancestry);
  const values = state.values ?? officeValuesOf(agency);
  const page = h(AgenciesDetailPage, { agency, parent, canEdit, values, issues: state.issues, saved: state.saved });
  return renderPage(reply, page, { title: agency.name, layout: 'console', status: state.issues.length > 0 ? 422 : 200 });
}

/** A value longer than any field allows is not echoed whole (a 1 MB paste stays out of the page). */
const maxEcho = 1000;

/** What was typed, to show again beside the problems (anything that is not text shows as empty). */
function submittedValues(body: unknown): OfficeValues {
  const fields = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return Object.fromEntries(officeFields.map((field) => [field, typeof fields[field] === 'string' ? fields[field].slice(0, maxEcho) : ''])) as OfficeValues;
}
