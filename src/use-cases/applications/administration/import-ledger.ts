/**
 * Importing an office's Excel/CSV ledger (台账导入, `application.import`) in three steps: read the
 * file and guess the column mapping; check every row with the confirmed mapping (the per-row
 * report); import the confirmed good rows. The import is all or nothing: in ONE transaction the
 * rows are checked again, and if any confirmed row is no longer good (or was imported before)
 * nothing is written. Each case records its file and row in `imported_from`.
 */
import { assertCan } from '../../../domain/access/policy.ts';
import type { Principal } from '../../../domain/access/roles.ts';
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { AuditEntry, AuditEntryContent } from '../../../domain/audit/audit-entry.ts';
import { checkLedgerRows, checkMapping, type LedgerIssue, type LedgerRowResult } from '../../../domain/ledger/check-ledger-rows.ts';
import { guessColumnMapping } from '../../../domain/ledger/guess-mapping.ts';
import { importedStepNote } from '../../../domain/ledger/ledger-case.ts';
import type { ColumnMapping } from '../../../domain/ledger/ledger-fields.ts';
import { readLedgerFile, type LedgerSheet } from '../../../domain/ledger/read-ledger-file.ts';
import { RecordNotFoundError } from '../../administration-errors.ts';
import { listAgenciesWhere, loadAgencyContext } from '../../agency-context.ts';
import { fail, succeed, type Actor, type Outcome } from '../../administration-store.ts';
import { recordAuditEntry } from '../../record-audit-entry.ts';
import type { CalendarRows } from '../calendar-rows.ts';
import { chinaDateOf } from '../china-date.ts';
import { calendarFromRows } from '../load-calendar.ts';
import { insertCompleteCases, type CaseInsertStore } from './insert-complete-case.ts';

/** A read ledger, as it travels between the steps. */
export interface LedgerUpload {
  fileName: string;
  sha256: string;
  sheet: LedgerSheet;
}

export interface LedgerImportStore extends CaseInsertStore {
  /** Imports one after another, so a double-click cannot import a file twice. */
  lockImports(): Promise<void>;
  listAgencies(): Promise<Agency[]>;
  listCalendarRows(): Promise<CalendarRows>;
  /** The `imported_from` of the cases already imported from a file with this content. */
  listImportedFrom(fileMark: string): Promise<string[]>;
  appendAudit(entry: AuditEntryContent): Promise<AuditEntry>;
}

export interface LedgerImportDeps {
  transaction<T>(work: (store: LedgerImportStore) => Promise<T>): Promise<T>;
  now(): Date;
  sha256Hex(bytes: Uint8Array): string;
  /** The hash of a fresh random query code: imported cases get one nobody knows (the applicant was answered on paper). */
  newQueryCodeHash(): string;
}

export interface LedgerReport {
  agency: Agency;
  mappingIssues: LedgerIssue[];
  results: LedgerRowResult[];
  goodRows: number[];
}

export interface ImportedCase {
  id: string;
  trackingNumber: string;
  rowNumber: number;
}

/** The agency the ledger goes to, when the principal may import there (else `access_denied`, or `not_found`). */
export async function findImportAgency(deps: Pick<LedgerImportDeps, 'transaction'>, request: { principal: Principal; agencyCode: string }): Promise<Agency> {
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const agency = context.byCode.get(request.agencyCode);
    if (agency === undefined) throw new RecordNotFoundError('该机关不存在。');
    assertCan(request.principal, 'application.import', { agencyId: agency.id }, context.ancestry);
    return agency;
  });
}

/** The agencies the principal may import into, for the upload form. */
export async function listImportAgencies(deps: Pick<LedgerImportDeps, 'transaction'>, principal: Principal): Promise<Agency[]> {
  return deps.transaction(async (store) => listAgenciesWhere(principal, 'application.import', await loadAgencyContext(store)));
}

/** Step 1: the file as a grid and the first guess of the mapping. Throws `ledger_file_rejected` on a file it cannot read. */
export async function readLedgerUpload(deps: Pick<LedgerImportDeps, 'sha256Hex'>, file: { fileName: string; bytes: Uint8Array }): Promise<{ upload: LedgerUpload; mapping: ColumnMapping }> {
  const sheet = await readLedgerFile(file.bytes);
  return { upload: { fileName: file.fileName, sha256: deps.sha256Hex(file.bytes), sheet }, mapping: guessColumnMapping(sheet.headers) };
}

/** Step 2: the per-row report for the mapping (nothing is written). */
export async function checkLedger(deps: LedgerImportDeps, request: { principal: Principal; agencyCode: string; upload: LedgerUpload; mapping: ColumnMapping }): Promise<LedgerReport> {
  return deps.transaction((store) => checkInStore(store, request, chinaDateOf(deps.now())));
}

/** Step 3: imports the confirmed rows, all of them or none. */
export async function importLedger(
  deps: LedgerImportDeps,
  request: { actor: Actor; agencyCode: string; upload: LedgerUpload; mapping: ColumnMapping; confirmedRows: readonly number[] },
): Promise<Outcome<{ agency: Agency; imported: ImportedCase[] }>> {
  const now = deps.now();
  const today = chinaDateOf(now);
  return deps.transaction(async (store) => {
    await store.lockImports();
    const report = await checkInStore(store, { ...request, principal: request.actor.principal }, today);
    const confirmed = new Set(request.confirmedRows);
    const chosen = report.results.filter((r) => confirmed.has(r.rowNumber));
    const problems = [...report.mappingIssues, ...chosen.flatMap((r) => (r.ok ? [] : r.issues))];
    if (chosen.length === 0) problems.push({ rowNumber: 0, field: null, code: 'ledger.nothingConfirmed', message: '没有选择要导入的行。' });
    if (chosen.length !== confirmed.size) problems.push({ rowNumber: 0, field: null, code: 'ledger.unknownRow', message: '所选的行不在台账中，请重新检查。' });
    if (problems.length > 0) return fail(problems.map(toIssue));
    const calendar = calendarFromRows(await store.listCalendarRows());
    const accountId = request.actor.principal.accountId;
    const ledgerCases = chosen.flatMap((r) => (r.ok ? [r.ledgerCase] : []));
    const inputs = ledgerCases.map((ledgerCase) => ({
      ...ledgerCase,
      agency: report.agency,
      // A ledger does not say how the reply was delivered; paper by post is what most offices did.
      deliveryForm: 'paper' as const,
      deliveryMethod: 'post' as const,
      submittedOn: ledgerCase.receivedOn,
      notes: ledgerCase.events.map((e) => (e.kind === 'received' || e.kind === 'replied' || e.kind === 'closed' ? null : importedStepNote)),
      handlerAccountId: null,
      registeredByAccountId: accountId,
      importedFrom: importedFromOf(request.upload, ledgerCase.rowNumber),
      queryCodeHash: deps.newQueryCodeHash(),
    }));
    const written = await insertCompleteCases(store, inputs, { calendar, today, now, actorAccountId: accountId });
    const imported: ImportedCase[] = written.map((c, i) => ({ ...c, rowNumber: ledgerCases[i]!.rowNumber }));
    await recordAuditEntry(
      { append: (entry) => store.appendAudit(entry) },
      {
        actor: { accountId, name: request.actor.name },
        action: 'application.import',
        agencyId: report.agency.id,
        ip: request.actor.ip,
        details: { fileName: request.upload.fileName, sha256: request.upload.sha256, rows: request.upload.sheet.rows.length, imported: imported.map((c) => ({ row: c.rowNumber, trackingNumber: c.trackingNumber })) },
      },
      now,
    );
    return succeed({ agency: report.agency, imported });
  });
}

async function checkInStore(store: LedgerImportStore, request: { principal: Principal; agencyCode: string; upload: LedgerUpload; mapping: ColumnMapping }, today: string): Promise<LedgerReport> {
  const context = await loadAgencyContext(store);
  const agency = context.byCode.get(request.agencyCode);
  if (agency === undefined) throw new RecordNotFoundError('该机关不存在。');
  assertCan(request.principal, 'application.import', { agencyId: agency.id }, context.ancestry);
  const { sheet } = request.upload;
  const mappingIssues = checkMapping(request.mapping, sheet.headers.length);
  if (mappingIssues.length > 0) return { agency, mappingIssues, results: [], goodRows: [] };
  const calendar = calendarFromRows(await store.listCalendarRows());
  const earlier = new Set((await store.listImportedFrom(fileMarkOf(request.upload))).map(rowOfImportedFrom));
  const results = checkLedgerRows(sheet, request.mapping, { calendar, today }).map((result): LedgerRowResult => {
    if (!earlier.has(result.rowNumber)) return result;
    const issue = { rowNumber: result.rowNumber, field: null, code: 'ledger.alreadyImported', message: '本台账的这一行已经导入过，不再重复导入。' };
    return { rowNumber: result.rowNumber, ok: false, issues: [issue] };
  });
  return { agency, mappingIssues, results, goodRows: results.filter((r) => r.ok).map((r) => r.rowNumber) };
}

/** `台账2026.xlsx 第12行 [sha256:0123456789abcdef]`: readable, and the mark finds the file again. */
export function importedFromOf(upload: LedgerUpload, rowNumber: number): string {
  return `${upload.fileName.slice(0, 120)} 第${rowNumber}行 ${fileMarkOf(upload)}`;
}

function fileMarkOf(upload: LedgerUpload): string {
  return `[sha256:${upload.sha256.slice(0, 16)}]`;
}

function rowOfImportedFrom(importedFrom: string): number {
  return Number(/ 第(\d+)行 \[sha256:[0-9a-f]+\]$/.exec(importedFrom)?.[1] ?? Number.NaN);
}

function toIssue(issue: LedgerIssue) {
  const where = issue.rowNumber > 0 ? `第${issue.rowNumber}行：` : '';
  return { code: issue.code, path: issue.field ?? '', message: `${where}${issue.message}` };
}
