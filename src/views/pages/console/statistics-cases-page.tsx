/** The cases behind one figure of table B (the drill-down): which applications make up the number. */
import type { Agency } from '../../../domain/agencies/agency.ts';
import { applicantColumnLabels, applicationRows } from '../../../domain/annual-report/layout.ts';
import type { ApplicantColumn } from '../../../domain/annual-report/model.ts';
import { caseStatusLabels, type CaseStatus } from '../../../domain/applications/case-status.ts';
import { isOutcomeKey, outcomeInfo } from '../../../domain/applications/outcome.ts';
import type { TableBCaseItem } from '../../../use-cases/applications/administration/table-b-statistics.ts';
import { statisticsQuery } from './statistics-page.tsx';

export interface StatisticsCasesPageProps {
  agency: Agency;
  includeSubtree: boolean;
  year: number;
  row: string;
  column: ApplicantColumn;
  cases: readonly TableBCaseItem[];
  total: number;
  page: number;
  pageCount: number;
  agencyNames: ReadonlyMap<string, string>;
}

export function StatisticsCasesPage(props: StatisticsCasesPageProps) {
  const { agency, includeSubtree, year, row, column, cases, total, page, pageCount, agencyNames } = props;
  const layout = applicationRows.find((r) => r.key === row);
  const rowLabel = layout === undefined ? row : `${layout.group === undefined ? '' : `${layout.group} `}${layout.label}`;
  const query = statisticsQuery(agency.code, year, includeSubtree);
  const pageHref = (target: number) => `/console/statistics/cases?${query.toString()}&row=${row}&column=${column}&page=${target}`;
  return (
    <>
      <p class="small">
        <a href={`/console/statistics?${query.toString()}`}>← 申请统计</a>
      </p>
      <h1>表三对应的申请</h1>
      <dl class="detail-list">
        <div>
          <dt>机关</dt>
          <dd>
            {agency.name}
            {includeSubtree ? '（含下级机关）' : ''}
          </dd>
        </div>
        <div>
          <dt>年度</dt>
          <dd>{year}年</dd>
        </div>
        <div>
          <dt>项目</dt>
          <dd>{rowLabel}</dd>
        </div>
        <div>
          <dt>申请人</dt>
          <dd>{applicantColumnLabels[column]}</dd>
        </div>
      </dl>
      {cases.length === 0 ? (
        <p>没有对应的申请。</p>
      ) : (
        <div class="table-scroll">
          <table class="data-table case-table">
            <caption>
              共 {total} 件{pageCount > 1 ? `，第 ${page} / ${pageCount} 页` : ''}
            </caption>
            <thead>
              <tr>
                <th scope="col">受理编号</th>
                {includeSubtree ? <th scope="col">办理机关</th> : null}
                <th scope="col">申请人类型</th>
                <th scope="col">申请内容</th>
                <th scope="col">收到日期</th>
                <th scope="col">办结日期</th>
                <th scope="col">办理结果</th>
              </tr>
            </thead>
            <tbody>
              {cases.map((c) => (
                <tr key={c.id}>
                  <td class="cell-nowrap">
                    <a href={`/console/applications/${c.id}`}>{c.trackingNumber}</a>
                  </td>
                  {includeSubtree ? <td>{agencyNames.get(c.agencyId) ?? '—'}</td> : null}
                  <td>{applicantColumnLabels[c.applicantType as ApplicantColumn] ?? c.applicantType}</td>
                  <td>{summarize(c.description)}</td>
                  <td class="cell-nowrap">{c.receivedOn}</td>
                  <td class="cell-nowrap">{c.endedOn !== null && c.outcome !== null && c.endedOn <= `${year}-12-31` ? c.endedOn : '—'}</td>
                  <td>{describeResult(c, year)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pageCount > 1 ? (
        <nav class="pagination" aria-label="翻页">
          {page > 1 ? <a href={pageHref(page - 1)}>上一页</a> : null}
          <span>
            第 {page} / {pageCount} 页
          </span>
          {page < pageCount ? <a href={pageHref(page + 1)}>下一页</a> : null}
        </nav>
      ) : null}
    </>
  );
}

/** The outcome when the case ended within the year; else where it stood (办理中 at the year's end). */
function describeResult(c: TableBCaseItem, year: number): string {
  if (c.outcome !== null && isOutcomeKey(c.outcome) && c.endedOn !== null && c.endedOn <= `${year}-12-31`) return outcomeInfo[c.outcome].label;
  if (c.outcome !== null && isOutcomeKey(c.outcome)) return `次年办结：${outcomeInfo[c.outcome].label}`;
  return caseStatusLabels[c.status as CaseStatus] ?? c.status;
}

function summarize(text: string): string {
  const chars = [...text];
  return chars.length <= 40 ? text : `${chars.slice(0, 40).join('')}…`;
}
