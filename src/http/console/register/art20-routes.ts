/**
 * The Art. 20 figures in the console: `GET /console/art20?agency=…&year=…[&subtree=1]` (the form,
 * table A; `info.read`), `POST /console/art20` (save; `art20Figures.update`) and
 * `POST /console/art20/import` (a CSV file, multipart; `art20Figures.update`). Success answers
 * 303 back to the page; refused input comes back on the page (422) with nothing written.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { art20Fields, type Art20Field, type Art20Figures, type Art20ImportProblem } from '../../../domain/catalog/art20-figures.ts';
import { createRegisterDeps } from '../../../db/stores/register-store.ts';
import { importArt20Figures } from '../../../use-cases/catalog/register/import-art20-figures.ts';
import { hasSubtree, registerYears } from '../../../use-cases/catalog/register/register-selection.ts';
import { saveArt20Figures } from '../../../use-cases/catalog/register/save-art20-figures.ts';
import { viewArt20Figures } from '../../../use-cases/catalog/register/view-art20-figures.ts';
import { Art20Page } from '../../../views/pages/console/art20-page.tsx';
import { actorOf, formFields, nowOf } from '../../api/accounts/administration-routing.ts';
import { BadRequestError } from '../../http-errors.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { textFields } from '../accounts/form-values.ts';
import { registerMultipartParser, type MultipartBody } from '../ledger-import/multipart.ts';

const read = { access: { kind: 'action', action: 'info.read' } } as const;
const update = { access: { kind: 'action', action: 'art20Figures.update' } } as const;
const title = '第二十条数据';

interface PageState {
  notice: string | null;
  form: Record<Art20Field, string> | null;
  issues: readonly Issue[];
  importProblems: readonly Art20ImportProblem[] | null;
  importAgencyCode: string | null;
}

export async function registerArt20Routes(app: FastifyInstance): Promise<void> {
  app.get('/console/art20', { config: read }, async (request, reply) => showPage(request, reply, request.query, { notice: noticeOf(request.query), form: null, issues: [], importProblems: null, importAgencyCode: null }));

  app.post('/console/art20', { config: update }, async (request, reply) => {
    const input = formFields(request.body);
    const outcome = await saveArt20Figures(depsOf(request), { actor: actorOf(request), input });
    const sent = textFields(request.body, ['agency', 'year', ...art20Fields]);
    const selection = { agency: sent['agency'], year: sent['year'] };
    if (outcome.ok) return reply.redirect(`/console/art20?${new URLSearchParams({ ...selectionOf(outcome.value.agency.code, outcome.value.year), saved: '1' }).toString()}`, 303);
    const form = Object.fromEntries(art20Fields.map((f) => [f, sent[f] ?? ''])) as Record<Art20Field, string>;
    return showPage(request, reply, selection, { notice: null, form, issues: outcome.issues, importProblems: null, importAgencyCode: null }, 422);
  });

  // Multipart is accepted here only: the parser lives in this route's own scope.
  await app.register(async (scope) => {
    registerMultipartParser(scope);
    scope.post('/console/art20/import', { config: update }, async (request, reply) => {
      const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as MultipartBody;
      const agencyCode = typeof body['agency'] === 'string' ? body['agency'] : '';
      const year = typeof body['year'] === 'string' ? body['year'] : '';
      const file = body['file'];
      if (typeof file !== 'object') throw new BadRequestError('bad_request', '请选择要导入的 CSV 文件。');
      const fileName = file.filename.split(/[\\/]/).pop() ?? '';
      const outcome = await importArt20Figures(depsOf(request), { actor: actorOf(request), agencyCode, fileName: fileName === '' ? '第二十条数据.csv' : fileName, bytes: file.bytes });
      if (outcome.ok) {
        const years = [...new Set(outcome.imported.map((r) => r.year))];
        const shownYear = years.length === 1 ? years[0]! : Number(year);
        const hasOthers = outcome.imported.some((r) => r.agencyCode !== outcome.agency.code);
        const query = { ...selectionOf(outcome.agency.code, shownYear), ...(hasOthers ? { subtree: '1' } : {}), imported: String(outcome.imported.length) };
        return reply.redirect(`/console/art20?${new URLSearchParams(query).toString()}`, 303);
      }
      const state = { notice: null, form: null, issues: [], importProblems: outcome.problems, importAgencyCode: outcome.agency.code };
      return showPage(request, reply, { agency: outcome.agency.code, year }, state, 422);
    });
  });
}

async function showPage(request: FastifyRequest, reply: FastifyReply, query: unknown, state: PageState, status = 200): Promise<FastifyReply> {
  const view = await viewArt20Figures(depsOf(request), { principal: requirePrincipal(request), query, now: nowOf(request) });
  const page = h(Art20Page, {
    view,
    years: registerYears(view.today),
    hasSubtree: hasSubtree(view),
    notice: state.notice,
    form: state.form ?? formOf(view.ownArt20),
    issues: state.issues,
    importProblems: state.importProblems,
    importAgencyCode: state.importAgencyCode ?? view.agency.code,
  });
  return renderPage(reply, page, { title, layout: 'console', status });
}

function formOf(figures: Art20Figures): Record<Art20Field, string> {
  const text = (value: number | string | null) => (value === null ? '' : String(value));
  return { licensingDecisions: text(figures.licensingDecisions), penaltyDecisions: text(figures.penaltyDecisions), enforcementDecisions: text(figures.enforcementDecisions), feesWanYuan: text(figures.feesWanYuan) };
}

function selectionOf(agencyCode: string, year: number): Record<string, string> {
  return Number.isInteger(year) ? { agency: agencyCode, year: String(year) } : { agency: agencyCode };
}

function noticeOf(query: unknown): string | null {
  const fields = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  if (fields['saved'] === '1') return '已保存。';
  const imported = Number(fields['imported']);
  return Number.isSafeInteger(imported) && imported > 0 ? `已导入 ${imported} 行数据。` : null;
}

function depsOf(request: FastifyRequest) {
  return createRegisterDeps(request.server.deps.handle.db, request.server.deps.now);
}
