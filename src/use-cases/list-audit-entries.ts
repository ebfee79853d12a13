/**
 * The audit log for the auditor (audit.read; 三员分立: nobody else reads it), newest first, filtered
 * by date range (China time), action, actor and agency, a page at a time. An auditor whose grants
 * cover every agency also sees the entries of no agency (sign-ins, system events); otherwise only
 * the entries of the agencies covered.
 */
import { z } from 'zod';
import { assertCan } from '../domain/access/policy.ts';
import type { Principal } from '../domain/access/roles.ts';
import { normalizeUsername } from '../domain/accounts/account-rules.ts';
import type { Agency } from '../domain/agencies/agency.ts';
import type { AuditEntry } from '../domain/audit/audit-entry.ts';
import { listAgenciesWhere, loadAgencyContext, type AgencyContext } from './agency-context.ts';
import { fail, succeed, type AdministrationDeps, type AuditQuery, type Outcome } from './administration-store.ts';
import { checkInput, singleLineText, type FieldLabels } from './input-check.ts';

export const auditFilterLabels: FieldLabels = {
  from: '开始日期',
  to: '结束日期',
  action: '操作类型',
  actor: '操作人',
  agencyCode: '机关',
  page: '页码',
  pageSize: '每页条数',
};

const emptyAsAbsent = (value: unknown) => (value === '' ? undefined : value);

function dateText(label: string) {
  return z.preprocess(
    emptyAsAbsent,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${label}应为“年-月-日”，例如 2025-03-01。`)
      .refine(isCalendarDate, `${label}不是有效的日期。`)
      .optional(),
  );
}

function optionalText(label: string, max: number, pattern?: { regex: RegExp; message: string }) {
  const text = singleLineText(label, max).refine((t) => pattern === undefined || t === '' || pattern.regex.test(t), pattern?.message ?? '');
  return z.preprocess(emptyAsAbsent, text.optional());
}

function pageNumber(label: string, max: number, fallback: number) {
  return z.preprocess(emptyAsAbsent, z.coerce.number().int(`${label}应为整数。`).min(1).max(max).default(fallback));
}

/** The query of `GET /api/v1/audit-entries` and of the console's filter form. */
export const auditFilterSchema = z.strictObject({
  from: dateText('开始日期'),
  to: dateText('结束日期'),
  action: optionalText('操作类型', 100, {
    regex: /^[a-z][a-zA-Z]*(\.[a-z][a-zA-Z]*)*\.?$/,
    message: '操作类型应为英文点分形式，例如 account.login，或以“.”结尾的前缀 account.。',
  }),
  actor: optionalText('操作人', 100),
  agencyCode: optionalText('机关', 40),
  page: pageNumber('页码', 100_000, 1),
  pageSize: pageNumber('每页条数', 200, 50),
});

export type AuditFilter = z.output<typeof auditFilterSchema>;

export interface AuditEntryPage {
  entries: AuditEntry[];
  total: number;
  page: number;
  pageSize: number;
  pageCount: number;
  filter: AuditFilter;
  /** The agencies whose entries the auditor may read (for the filter). */
  scope: Agency[];
  /** Every agency, to name the agencies of entries. */
  agencies: Agency[];
}

export async function listAuditEntries(
  deps: Pick<AdministrationDeps, 'transaction'>,
  request: { principal: Principal; input: unknown },
): Promise<Outcome<AuditEntryPage>> {
  const { principal } = request;
  assertCan(principal, 'audit.read');
  const checked = checkInput(auditFilterSchema, request.input, auditFilterLabels);
  if (!checked.ok) return fail(checked.issues);
  const filter = checked.value;
  if (filter.from !== undefined && filter.to !== undefined && filter.to < filter.from) {
    return fail([{ code: 'to.beforeFrom', path: 'to', message: '结束日期不能早于开始日期。' }]);
  }
  return deps.transaction(async (store) => {
    const context = await loadAgencyContext(store);
    const scope = listAgenciesWhere(principal, 'audit.read', context);
    if (filter.agencyCode !== undefined && !context.byCode.has(filter.agencyCode)) {
      return fail([{ code: 'agencyCode.unknown', path: 'agencyCode', message: '找不到该机关。' }]);
    }
    const query: AuditQuery = { ...dateRange(filter), ...agencyFilter(principal, filter, scope, context) };
    if (filter.action !== undefined) query.action = filter.action;
    if (filter.actor !== undefined) {
      const actor = await store.findAccountByUsername(normalizeUsername(filter.actor));
      if (actor === null) return fail([{ code: 'actor.unknown', path: 'actor', message: '找不到该用户名的账号。' }]);
      query.actorAccountId = actor.id;
    }
    const { pageSize } = filter;
    const { entries, total } = await store.listAuditEntries(query, { offset: (filter.page - 1) * pageSize, limit: pageSize });
    const pageCount = Math.max(1, Math.ceil(total / pageSize));
    return succeed({ entries, total, page: filter.page, pageSize, pageCount, filter, scope, agencies: [...context.agencies] });
  });
}

function agencyFilter(principal: Principal, filter: AuditFilter, scope: Agency[], context: AgencyContext): Pick<AuditQuery, 'agencyIds'> {
  if (filter.agencyCode !== undefined) {
    // Known to exist (checked before); one outside the auditor's scope is refused.
    const agency = context.byCode.get(filter.agencyCode)!;
    assertCan(principal, 'audit.read', { agencyId: agency.id }, context.ancestry);
    return { agencyIds: [agency.id] };
  }
  return scope.length === context.agencies.length ? {} : { agencyIds: scope.map((a) => a.id) };
}

/** China Standard Time (UTC+8, no daylight saving): a day runs from 16:00 UTC the day before. */
function dateRange(filter: AuditFilter): Pick<AuditQuery, 'from' | 'to'> {
  const range: Pick<AuditQuery, 'from' | 'to'> = {};
  if (filter.from !== undefined) range.from = new Date(`${filter.from}T00:00:00+08:00`);
  if (filter.to !== undefined) range.to = new Date(new Date(`${filter.to}T00:00:00+08:00`).getTime() + 86_400_000);
  return range;
}

/** True for a real date; text in another format passes here (the pattern check reports it once). */
function isCalendarDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return true;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
