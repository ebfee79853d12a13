/**
 * 导入台账, step 3: the per-row report (row, field, problem) and the good rows to confirm. Only the
 * rows ticked are imported, all of them together or none; rows with problems are never imported.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { organizationKindLabels } from '../../../domain/applications/applicant.ts';
import { caseStatusLabels, caseStatusOf } from '../../../domain/applications/case-status.ts';
import { channelLabels } from '../../../domain/applications/channel.ts';
import { outcomeInfo } from '../../../domain/applications/outcome.ts';
import type { LedgerRowResult } from '../../../domain/ledger/check-ledger-rows.ts';
import type { LedgerCase } from '../../../domain/ledger/ledger-case.ts';
import { ledgerFieldInfo, ledgerFields, type ColumnMapping } from '../../../domain/ledger/ledger-fields.ts';
import { CsrfField } from '../../components/csrf-field.tsx';
import { IssueList } from '../../components/issue-list.tsx';
import { Notice } from '../../components/notice.tsx';

export interface LedgerReportPageProps {
  agency: { code: string; name: string };
  fileName: string;
  results: readonly LedgerRowResult[];
  mapping: ColumnMapping;
  token: string;
  /** Why the import just tried was refused (nothing was written). */
  importIssues: readonly Issue[];
}

export function LedgerImportReportPage({ agency, fileName, results, mapping, token, importIssues }: LedgerReportPageProps) {
  const good = results.flatMap((r) => (r.ok ? [r.ledgerCase] : []));
  const bad = results.flatMap((r) => (r.ok ? [] : r.issues));
  const badRows = results.filter((r) => !r.ok).length;
  return (
    <>
      <h1>导入台账：逐行检查结果</h1>
      <p class="lead">
        文件“{fileName}”共 {results.length} 行：<strong>{good.length} 行可以导入</strong>
        {badRows > 0 ? `，${badRows} 行有问题（不会导入，请在台账中改正后重新上传这些行）` : '，没有发现问题'}。导入到{agency.name}。
      </p>
      <IssueList issues={importIssues} title="未导入任何申请：" />
      {bad.length === 0 ? null : (
        <section class="panel" aria-labelledby="problems-title">
          <h2 id="problems-title">有问题的行</h2>
          <div class="table-scroll">
            <table class="data-table case-table">
              <thead>
                <tr>
                  <th scope="col">行号</th>
                  <th scope="col">项目</th>
                  <th scope="col">问题</th>
                </tr>
              </thead>
              <tbody>
                {bad.map((issue, i) => (
                  <tr key={i}>
                    <td>{issue.rowNumber}</td>
                    <td class="cell-nowrap">{issue.field === null ? '整行' : ledgerFieldInfo[issue.field].label}</td>
                    <td>{issue.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
      {good.length === 0 ? (
        <Notice kind="info">没有可以导入的行。</Notice>
      ) : (
        <form method="post" action="/console/applications/import" class="import-confirm">
          <CsrfField />
          <HiddenState agencyCode={agency.code} token={token} mapping={mapping} />
          <input type="hidden" name="step" value="import" />
          <section class="panel" aria-labelledby="good-title">
            <h2 id="good-title">可以导入的行（默认全选）</h2>
            <GoodRows cases={good} />
          </section>
          <button type="submit" class="button button-primary">
            导入所选的申请
          </button>
        </form>
      )}
      <form method="post" action="/console/applications/import" class="import-remap">
        <CsrfField />
        <HiddenState agencyCode={agency.code} token={token} mapping={mapping} />
        <input type="hidden" name="step" value="remap" />
        <button type="submit" class="button button-secondary">
          返回修改各列的对应关系
        </button>
      </form>
    </>
  );
}

function GoodRows({ cases }: { cases: readonly LedgerCase[] }) {
  return (
    <div class="table-scroll">
      <table class="data-table case-table">
        <thead>
          <tr>
            <th scope="col">导入</th>
            <th scope="col">行号</th>
            <th scope="col">申请人</th>
            <th scope="col">类型</th>
            <th scope="col">受理方式</th>
            <th scope="col">收到日期</th>
            <th scope="col">导入后状态</th>
          </tr>
        </thead>
        <tbody>
          {cases.map((c) => (
            <tr key={c.rowNumber}>
              <td>
                <input type="checkbox" name="rows" value={String(c.rowNumber)} checked aria-label={`导入第${c.rowNumber}行`} />
              </td>
              <td>{c.rowNumber}</td>
              <td>{c.applicant.name}</td>
              <td>{c.applicant.kind === 'naturalPerson' ? '自然人' : organizationKindLabels[c.applicant.organizationKind]}</td>
              <td>{channelLabels[c.channel]}</td>
              <td>{c.receivedOn}</td>
              <td>{describeEnd(c)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function describeEnd(c: LedgerCase): string {
  const end = c.events.at(-1);
  if (end?.kind === 'replied' || end?.kind === 'closed') return `${caseStatusLabels[caseStatusOf(c.events)]}（${end.on}，${outcomeInfo[end.outcome].label}）`;
  return caseStatusLabels[caseStatusOf(c.events)];
}

/** The file and the mapping travel with every form of the steps. */
export function HiddenState({ agencyCode, token, mapping }: { agencyCode: string; token: string; mapping: ColumnMapping }) {
  return (
    <>
      <input type="hidden" name="agency" value={agencyCode} />
      <input type="hidden" name="upload" value={token} />
      {ledgerFields.map((field) => (
        <input key={field} type="hidden" name={`map.${field}`} value={mapping[field] === null ? '' : String(mapping[field])} />
      ))}
    </>
  );
}
