/**
 * The audit log for the auditor: a filter form (GET, works without JavaScript), the entries newest
 * first, page links, and the button that verifies the hash chain.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { JsonObject } from '../../../domain/audit/audit-entry.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { FieldShell } from './accounts-new-page.tsx';
import type { AgencyOption } from './accounts-page.tsx';
import { formatTime } from './accounts-status.tsx';
import { actionChoices, describeAuditAction } from './audit-actions.tsx';

export interface AuditEntryView {
  seq: number;
  occurredAt: string;
  actorName: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  agencyCode: string | null;
  ip: string | null;
  details: JsonObject;
}

export interface AuditFilterValues {
  from: string;
  to: string;
  action: string;
  actor: string;
  agencyCode: string;
}

export interface AuditPageProps {
  entries: readonly AuditEntryView[];
  total: number;
  page: number;
  pageCount: number;
  filter: AuditFilterValues;
  scope: readonly AgencyOption[];
  issues: readonly Issue[];
  canVerify: boolean;
}

export function AuditPage({ entries, total, page, pageCount, filter, scope, issues, canVerify }: AuditPageProps) {
  const agencyNames = new Map(scope.map((a) => [a.code, a.name]));
  return (
    <>
      <h1>审计日志</h1>
      <p class="lead">记录谁在何时、从何处对哪条记录做了什么。日志只能追加，每条记录都与前一条以哈希相连。</p>
      {canVerify ? (
        <form method="post" action="/console/audit/verify" class="action-form">
          <CsrfField />
          <button type="submit" class="button button-secondary">
            核验哈希链
          </button>
          <p class="field-hint">逐条核对全部记录，报告第一处被改动、删除或插入的位置；核验本身也会记入日志。</p>
        </form>
      ) : null}
      <AuditFilterForm filter={filter} scope={scope} issues={issues} />
      {issues.length > 0 ? null : entries.length === 0 ? (
        <p>没有符合条件的记录。</p>
      ) : (
        <>
          <AuditTable entries={entries} total={total} page={page} pageCount={pageCount} agencyNames={agencyNames} />
          <PageLinks page={page} pageCount={pageCount} filter={filter} />
        </>
      )}
    </>
  );
}

interface AuditTableProps {
  entries: readonly AuditEntryView[];
  total: number;
  page: number;
  pageCount: number;
  agencyNames: ReadonlyMap<string, string>;
}

function AuditTable({ entries, total, page, pageCount, agencyNames }: AuditTableProps) {
  return (
    <div class="table-scroll">
      <table class="data-table">
        <caption>
          共 {total} 条，第 {page} / {pageCount} 页
        </caption>
        <thead>
          <tr>
            <th scope="col">序号</th>
            <th scope="col">时间</th>
            <th scope="col">操作人</th>
            <th scope="col">操作</th>
            <th scope="col">机关</th>
            <th scope="col">来源地址</th>
            <th scope="col">详情</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.seq}>
              <td>{entry.seq}</td>
              <td>{formatTime(entry.occurredAt)}</td>
              <td>{entry.actorName}</td>
              <td>{describeAuditAction(entry.action)}</td>
              <td>{entry.agencyCode === null ? '—' : (agencyNames.get(entry.agencyCode) ?? entry.agencyCode)}</td>
              <td>{entry.ip ?? '—'}</td>
              <td>
                <AuditDetails entry={entry} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Target and details, folded (a native <details>: no JavaScript), so the table stays readable. */
function AuditDetails({ entry }: { entry: AuditEntryView }) {
  const target = entry.targetType === null ? null : `${entry.targetType} ${entry.targetId ?? ''}`;
  if (target === null && Object.keys(entry.details).length === 0) return <>—</>;
  return (
    <details class="audit-details">
      <summary>查看</summary>
      {target === null ? null : <p class="small">对象：{target}</p>}
      <pre>{JSON.stringify(entry.details, null, 2)}</pre>
    </details>
  );
}

function AuditFilterForm({ filter, scope, issues }: { filter: AuditFilterValues; scope: readonly AgencyOption[]; issues: readonly Issue[] }) {
  return (
    <form method="get" action="/console/audit" class="filter-form" aria-labelledby="filter-title">
      <h2 id="filter-title">筛选</h2>
      <IssueList issues={issues} />
      <FieldShell id="from" label="开始日期" issues={issues} hint="年-月-日，北京时间">
        <input id="from" name="from" type="date" value={filter.from} />
      </FieldShell>
      <FieldShell id="to" label="结束日期（含当日）" issues={issues}>
        <input id="to" name="to" type="date" value={filter.to} />
      </FieldShell>
      <FieldShell id="action" label="操作" issues={issues}>
        <SelectWithAll id="action" choices={actionChoices} selected={filter.action} />
      </FieldShell>
      <FieldShell id="actor" label="操作人用户名" issues={issues}>
        <input id="actor" name="actor" type="text" value={filter.actor} maxLength={100} autocomplete="off" />
      </FieldShell>
      <FieldShell id="agencyCode" label="机关" issues={issues}>
        <SelectWithAll
          id="agencyCode"
          choices={scope.map((agency) => ({ value: agency.code, label: agency.name }))}
          selected={filter.agencyCode}
        />
      </FieldShell>
      <button type="submit" class="button button-primary">
        查询
      </button>
    </form>
  );
}

function PageLinks({ page, pageCount, filter }: { page: number; pageCount: number; filter: AuditFilterValues }) {
  if (pageCount <= 1) return null;
  const hrefOf = (target: number) => {
    const query = new URLSearchParams(Object.entries(filter).filter(([, value]) => value !== ''));
    query.set('page', String(target));
    return `/console/audit?${query.toString()}`;
  };
  return (
    <nav class="pagination" aria-label="翻页">
      {page > 1 ? <a href={hrefOf(page - 1)}>上一页</a> : null}
      <span>
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? <a href={hrefOf(page + 1)}>下一页</a> : null}
    </nav>
  );
}

/** A filter's drop-down: 全部 (no filter) first, then the choices. */
function SelectWithAll({ id, choices, selected }: { id: string; choices: readonly { value: string; label: string }[]; selected: string | undefined }) {
  return (
    <select id={id} name={id}>
      <option value="">全部</option>
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value} selected={choice.value === selected}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
