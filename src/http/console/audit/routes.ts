/**
 * The auditor's console: `/console/audit` (the filterable audit log) and `POST /console/audit/verify`
 * (the hash chain check; its answer is the result page — running it again is harmless).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { h } from 'preact';
import { listAgencies } from '../../../db/repositories/agencies.ts';
import { can } from '../../../domain/access/policy.ts';
import { checkAuditTrail } from '../../../use-cases/check-audit-trail.ts';
import { listAuditEntries } from '../../../use-cases/list-audit-entries.ts';
import type { AgencyOption } from '../../../views/pages/console/accounts-page.tsx';
import { AuditPage, type AuditFilterValues } from '../../../views/pages/console/audit-page.tsx';
import { AuditVerificationPage } from '../../../views/pages/console/audit-verification-page.tsx';
import { actorOf, administrationDepsOf, nowOf } from '../../api/accounts/administration-routing.ts';
import { presentAuditEntry } from '../../api/audit/presenter.ts';
import { renderPage } from '../../render-page.tsx';
import { loadAgencyAncestry, requirePrincipal } from '../../route-access.ts';
import { textFields } from '../accounts/form-values.ts';

export function registerAuditConsoleRoutes(app: FastifyInstance): void {
  app.get('/console/audit', { config: { access: { kind: 'action', action: 'audit.read' } } }, async (request, reply) => {
    const principal = requirePrincipal(request);
    const outcome = await listAuditEntries(administrationDepsOf(request), { principal, input: request.query });
    const scope = await listScope(request);
    const canVerify = can(principal, 'audit.verify');
    if (!outcome.ok) {
      const page = h(AuditPage, { entries: [], total: 0, page: 1, pageCount: 1, filter: submittedFilter(request.query), scope, issues: outcome.issues, canVerify });
      return renderPage(reply, page, { title: '审计日志', layout: 'console', status: 422 });
    }
    const result = outcome.value;
    const byId = new Map(result.agencies.map((a) => [a.id, a]));
    const { from = '', to = '', action = '', actor = '', agencyCode = '' } = result.filter;
    const page = h(AuditPage, {
      entries: result.entries.map((entry) => presentAuditEntry(entry, byId)),
      total: result.total,
      page: result.page,
      pageCount: result.pageCount,
      filter: { from, to, action, actor, agencyCode },
      scope,
      issues: [],
      canVerify,
    });
    return renderPage(reply, page, { title: '审计日志', layout: 'console' });
  });

  app.post('/console/audit/verify', { config: { access: { kind: 'action', action: 'audit.verify' } } }, async (request, reply) => {
    const verification = await checkAuditTrail(administrationDepsOf(request), { actor: actorOf(request), now: nowOf(request) });
    return renderPage(reply, h(AuditVerificationPage, verification), { title: '审计日志核验结果', layout: 'console' });
  });
}

/** The agencies whose entries the auditor may read, for the filter. */
async function listScope(request: FastifyRequest): Promise<AgencyOption[]> {
  const principal = requirePrincipal(request);
  const db = request.server.deps.handle.db;
  const ancestry = await loadAgencyAncestry(db);
  const agencies = await listAgencies(db);
  return agencies.filter((a) => can(principal, 'audit.read', { agencyId: a.id }, ancestry)).map(({ code, name }) => ({ code, name }));
}

function submittedFilter(query: unknown): AuditFilterValues {
  const text = textFields(query, ['from', 'to', 'action', 'actor', 'agencyCode']);
  return { from: text['from'] ?? '', to: text['to'] ?? '', action: text['action'] ?? '', actor: text['actor'] ?? '', agencyCode: text['agencyCode'] ?? '' };
}
