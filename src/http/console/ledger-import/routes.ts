/**
 * 导入台账 (`application.import`): `GET /console/applications/import` (the upload form, and the
 * result after an import) and `POST /console/applications/import` with `step`:
 *   upload (multipart: agency, file) → the column mapping page;
 *   check / remap (agency, upload, map.*) → the per-row report / the mapping page again;
 *   import (… and the ticked rows) → 303 to the GET with the result, or the report with why not.
 * The read file travels in the signed `upload` field (upload-token.ts), so no server state is kept.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../../../domain/accounts/issue.ts';
import { normalizeTrackingNumber } from '../../../domain/applications/tracking-number.ts';
import { emptyMapping, ledgerFields, type ColumnMapping } from '../../../domain/ledger/ledger-fields.ts';
import { UnreadableLedgerError } from '../../../domain/ledger/read-ledger-file.ts';
import {
  checkLedger,
  findImportAgency,
  importLedger,
  listImportAgencies,
  readLedgerUpload,
  type LedgerUpload,
} from '../../../use-cases/applications/administration/import-ledger.ts';
import { LedgerImportMappingPage } from '../../../views/pages/console/ledger-import-mapping-page.tsx';
import { LedgerImportPage, type LedgerImportPageProps } from '../../../views/pages/console/ledger-import-page.tsx';
import { LedgerImportReportPage } from '../../../views/pages/console/ledger-import-report-page.tsx';
import { actorOf, nowOf } from '../../api/accounts/administration-routing.ts';
import { BadRequestError } from '../../http-errors.ts';
import { renderPage } from '../../render-page.tsx';
import { requirePrincipal } from '../../route-access.ts';
import { createLedgerImportDeps } from './ledger-import-stores.ts';
import { registerMultipartParser, type MultipartBody, type UploadedFile } from './multipart.ts';
import { openUpload, sealUpload } from './upload-token.ts';

const access = { access: { kind: 'action', action: 'application.import' } } as const;
const title = '导入申请台账';

export async function registerLedgerImportRoutes(app: FastifyInstance): Promise<void> {
  app.get('/console/applications/import', { config: access }, async (request, reply) => showUploadForm(request, reply, [], 200));
  // Multipart is accepted here only: the parser lives in this route's own scope.
  await app.register(async (scope) => {
    registerMultipartParser(scope);
    scope.post('/console/applications/import', { config: access }, async (request, reply) => {
      const body = (typeof request.body === 'object' && request.body !== null ? request.body : {}) as MultipartBody & Record<string, unknown>;
      switch (body['step']) {
        case 'upload':
          return upload(request, reply, body);
        case 'check':
          return check(request, reply, body);
        case 'remap':
          return showMapping(request, reply, body, openUpload(body['upload'], tokenOptions(request)), mappingOf(body), []);
        case 'import':
          return runImport(request, reply, body);
        default:
          throw new BadRequestError('bad_request', '请从“导入申请台账”页面开始导入。');
      }
    });
  });
}

async function upload(request: FastifyRequest, reply: FastifyReply, body: MultipartBody): Promise<FastifyReply> {
  const agency = await findImportAgency(depsOf(request), { principal: requirePrincipal(request), agencyCode: textOf(body['agency']) });
  const file = body['file'];
  if (typeof file !== 'object' || file.bytes.length === 0) return showUploadForm(request, reply, [{ code: 'file.required', path: 'file', message: '请选择台账文件。' }], 422, agency.code);
  let read: Awaited<ReturnType<typeof readLedgerUpload>>;
  try {
    read = await readLedgerUpload(depsOf(request), { fileName: fileNameOf(file), bytes: file.bytes });
  } catch (error) {
    if (!(error instanceof UnreadableLedgerError)) throw error;
    return showUploadForm(request, reply, [{ code: error.code, path: 'file', message: error.message }], 422, agency.code);
  }
  return showMapping(request, reply, { agency: agency.code }, read.upload, read.mapping, []);
}

async function check(request: FastifyRequest, reply: FastifyReply, body: Record<string, unknown>): Promise<FastifyReply> {
  const upload = openUpload(body['upload'], tokenOptions(request));
  const mapping = mappingOf(body);
  const report = await checkLedger(depsOf(request), { principal: requirePrincipal(request), agencyCode: textOf(body['agency']), upload, mapping });
  if (report.mappingIssues.length > 0) return showMapping(request, reply, body, upload, mapping, report.mappingIssues);
  const page = h(LedgerImportReportPage, { agency: report.agency, fileName: upload.fileName, results: report.results, mapping, token: textOf(body['upload']), importIssues: [] });
  return renderPage(reply, page, { title, layout: 'console' });
}

async function runImport(request: FastifyRequest, reply: FastifyReply, body: Record<string, unknown>): Promise<FastifyReply> {
  const upload = openUpload(body['upload'], tokenOptions(request));
  const mapping = mappingOf(body);
  const agencyCode = textOf(body['agency']);
  const confirmedRows = [body['rows'] ?? []].flat().map((row) => Number(row)).filter(Number.isSafeInteger);
  const outcome = await importLedger(depsOf(request), { actor: actorOf(request), agencyCode, upload, mapping, confirmedRows });
  if (outcome.ok) {
    const { imported, agency } = outcome.value;
    const query = new URLSearchParams({ imported: String(imported.length), agency: agency.code, first: imported[0]?.trackingNumber ?? '', last: imported.at(-1)?.trackingNumber ?? '' });
    return reply.redirect(`/console/applications/import?${query.toString()}`, 303);
  }
  const report = await checkLedger(depsOf(request), { principal: requirePrincipal(request), agencyCode, upload, mapping });
  const page = h(LedgerImportReportPage, { agency: report.agency, fileName: upload.fileName, results: report.results, mapping, token: textOf(body['upload']), importIssues: outcome.issues });
  return renderPage(reply, page, { title, layout: 'console', status: 422 });
}

function showMapping(request: FastifyRequest, reply: FastifyReply, body: Record<string, unknown>, upload: LedgerUpload, mapping: ColumnMapping, issues: Parameters<typeof LedgerImportMappingPage>[0]['issues']) {
  const principal = requirePrincipal(request);
  const token = sealUpload(upload, { ...tokenOptions(request), accountId: principal.accountId });
  return findImportAgency(depsOf(request), { principal, agencyCode: textOf(body['agency']) }).then((agency) => {
    const page = h(LedgerImportMappingPage, { agency, fileName: upload.fileName, sheet: upload.sheet, mapping, token, issues });
    return renderPage(reply, page, { title, layout: 'console', status: issues.length > 0 ? 422 : 200 });
  });
}

async function showUploadForm(request: FastifyRequest, reply: FastifyReply, issues: Issue[], status: number, selected?: string): Promise<FastifyReply> {
  const agencies = await listImportAgencies(depsOf(request), requirePrincipal(request));
  const props: LedgerImportPageProps = {
    agencies: agencies.map(({ code, name }) => ({ code, name })),
    selectedAgencyCode: selected ?? agencies[0]?.code ?? '',
    issues,
    imported: importedOf(request.query, agencies),
  };
  return renderPage(reply, h(LedgerImportPage, props), { title, layout: 'console', status });
}

/** The result an import redirected with: shown only when it names one of the actor's agencies. */
function importedOf(query: unknown, agencies: readonly { code: string; name: string }[]): LedgerImportPageProps['imported'] {
  const fields = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>;
  const count = Number(fields['imported']);
  const agency = agencies.find((a) => a.code === fields['agency']);
  const first = normalizeTrackingNumber(textOf(fields['first']));
  const last = normalizeTrackingNumber(textOf(fields['last']));
  if (!Number.isSafeInteger(count) || count < 1 || agency === undefined || first === null || last === null) return null;
  return { count, first, last, agencyName: agency.name };
}

function mappingOf(body: Record<string, unknown>): ColumnMapping {
  const mapping = emptyMapping();
  for (const field of ledgerFields) {
    const value = body[`map.${field}`];
    mapping[field] = typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : null;
  }
  return mapping;
}

function tokenOptions(request: FastifyRequest) {
  return { secret: request.server.deps.config.sessionSecret, accountId: requirePrincipal(request).accountId, now: nowOf(request) };
}

function depsOf(request: FastifyRequest) {
  return createLedgerImportDeps(request.server.deps.handle.db, request.server.deps.now);
}

function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** The name as the browser sent it, without any path (old browsers send C:\…\台账.xlsx). */
function fileNameOf(file: UploadedFile): string {
  const name = file.filename.split(/[\\/]/).pop() ?? '';
  return name === '' ? '台账' : name;
}
