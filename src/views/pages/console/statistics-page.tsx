/**
 * Table B (表三 收到和处理政府信息公开申请情况) counted from the register, in the official layout
 * of the annual report (the writers' grid, so it looks as the report will print it). Each non-zero
 * figure links to the cases behind it; the table can be downloaded as CSV or XLSX.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { AnnualReport } from '../../../domain/annual-report/model.ts';
import { buildApplicationTable } from '../../../domain/writers/report-tables.ts';
import type { GridCell } from '../../../domain/writers/table-grid.ts';

export interface StatisticsPageProps {
  report: AnnualReport;
  agency: Agency;
  year: number;
  includeSubtree: boolean;
  choices: readonly Agency[];
  years: readonly number[];
  /** Whether the agency has agencies below it (the subtree choice is offered). */
  hasSubtree: boolean;
}

/** The query that selects this table (agency, year, subtree), for links. */
export function statisticsQuery(agencyCode: string, year: number, includeSubtree: boolean): URLSearchParams {
  const query = new URLSearchParams({ agency: agencyCode, year: String(year) });
  if (includeSubtree) query.set('subtree', '1');
  return query;
}

export function StatisticsPage({ report, agency, year, includeSubtree, choices, years, hasSubtree }: StatisticsPageProps) {
  const query = statisticsQuery(agency.code, year, includeSubtree);
  const table = buildApplicationTable(report);
  const total = report.applications.newReceived.total ?? 0;
  return (
    <>
      <h1>申请统计（年度报告表三）</h1>
      <p class="lead">
        按本平台登记的申请统计，与年度报告第三部分“收到和处理政府信息公开申请情况”的表格一致：转送的申请计入现在办理它的机关；12月31日仍在办理的申请计入“结转下年度继续办理”，次年计入“上年结转”。点击数字可查看对应的申请。
      </p>
      <form method="get" action="/console/statistics" class="filter-form" aria-label="选择机关和年度">
        <div class="field">
          <label for="agency">机关</label>
          <select id="agency" name="agency">
            {choices.map((a) => (
              <option key={a.code} value={a.code} selected={a.code === agency.code}>
                {a.name}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="year">年度</label>
          <select id="year" name="year">
            {years.map((y) => (
              <option key={y} value={String(y)} selected={y === year}>
                {y}年
              </option>
            ))}
          </select>
        </div>
        {hasSubtree || includeSubtree ? (
          <p class="checkbox-line">
            <label>
              <input type="checkbox" name="subtree" value="1" checked={includeSubtree} /> 含下级机关
            </label>
          </p>
        ) : null}
        <button type="submit" class="button button-secondary">
          统计
        </button>
      </form>
      <section class="panel" aria-labelledby="table-b-title">
        <h2 id="table-b-title">
          {report.agency} {year}年 收到和处理政府信息公开申请情况
        </h2>
        {total === 0 && (report.applications.carriedOver.total ?? 0) === 0 ? <p>该年度没有登记的申请。</p> : null}
        <div class="table-scroll">
          <table class="data-table case-table report-table">
            <caption>{table.heading}（单位：件）</caption>
            <tbody>
              {table.rows.map((cells, i) => (
                <tr key={i}>
                  {cells.map((cell, j) => (
                    <GridCellView key={j} cell={cell} isHead={i < table.headerRowCount} query={query} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="export-links">
          下载表三：<a href={`/console/statistics/export?${query.toString()}&format=xlsx`}>Excel（XLSX）</a>
          {' · '}
          <a href={`/console/statistics/export?${query.toString()}&format=csv`}>CSV</a>
        </p>
      </section>
    </>
  );
}

function GridCellView({ cell, isHead, query }: { cell: GridCell; isHead: boolean; query: URLSearchParams }) {
  const span = { rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined, colSpan: cell.colSpan > 1 ? cell.colSpan : undefined };
  if (cell.role !== 'figure') {
    // The short column heads (自然人, 商业企业 …) stay on one line; the long note above the labels wraps.
    return isHead ? (
      <th scope="col" class={[...cell.text].length <= 6 ? 'report-head-short' : undefined} {...span}>
        {cell.text}
      </th>
    ) : (
      <th scope="row" class="report-label" {...span}>
        {cell.text}
      </th>
    );
  }
  const [, row, column] = /^applications\.(.+)\.(\w+)$/.exec(cell.path ?? '') ?? [];
  const value = typeof cell.value === 'number' ? cell.value : 0;
  if (value === 0 || row === undefined || column === undefined) {
    return (
      <td class="figure" {...span}>
        {cell.text}
      </td>
    );
  }
  return (
    <td class="figure" {...span}>
      <a href={`/console/statistics/cases?${query.toString()}&row=${row}&column=${column}`} title="查看对应的申请">
        {cell.text}
      </a>
    </td>
  );
}
