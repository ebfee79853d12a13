/**
 * Table A (表二 主动公开政府信息情况) as the annual report prints it — the same grid the writers use —
 * with each figure of the register linking to the documents it counts, and the Art. 20 figures to
 * the page where they are entered. Used by the register page and the Art. 20 page.
 */
import type { Agency } from '../../../domain/agencies/agency.ts';
import type { Proactive } from '../../../domain/annual-report/model.ts';
import { reportWithTableA } from '../../../domain/catalog/table-a.ts';
import { buildProactiveTable } from '../../../domain/writers/report-tables.ts';
import type { GridCell } from '../../../domain/writers/table-grid.ts';

export interface RegisterTableAProps {
  proactive: Proactive;
  /** The heading's agency name (with 含下级机关 when counted with the agencies below). */
  title: string;
  year: number;
  /** The query selecting agency, year and subtree, for the links. */
  query: URLSearchParams;
  missingArt20: readonly Agency[];
}

const registerRows: Record<string, string> = { regulations: 'regulation', normativeDocuments: 'normativeDocument' };

/** The selection as a query string: agency, year, and subtree when chosen. */
export function selectionQuery(agencyCode: string, year: number, includeSubtree: boolean): URLSearchParams {
  const query = new URLSearchParams({ agency: agencyCode, year: String(year) });
  if (includeSubtree) query.set('subtree', '1');
  return query;
}

export function RegisterTableA({ proactive, title, year, query, missingArt20 }: RegisterTableAProps) {
  const table = buildProactiveTable(reportWithTableA(proactive, title, year));
  return (
    <section class="panel" aria-labelledby="table-a-title">
      <h2 id="table-a-title">
        {title} {year}年 主动公开政府信息情况（年度报告表二）
      </h2>
      <p class="small">规章和行政规范性文件按本平台登记簿统计：本年废止件数含本年失效的文件，现行有效件数为{year}年12月31日仍然有效的文件。点击数字可查看对应的文件。</p>
      <div class="table-scroll">
        <table class="data-table report-table" id="table-a">
          <tbody>
            {table.rows.map((cells, i) => (
              <tr key={i}>
                {cells.map((cell, j) => (
                  <TableACell key={j} cell={cell} query={query} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {missingArt20.length === 0 ? null : (
        <p class="small">
          尚未录入{year}年第二十条数据的机关：{missingArt20.map((a) => a.name).join('、')}。
          <a href={`/console/art20?${query.toString()}`}>去录入</a>
        </p>
      )}
    </section>
  );
}

function TableACell({ cell, query }: { cell: GridCell; query: URLSearchParams }) {
  const span = { rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined, colSpan: cell.colSpan > 1 ? cell.colSpan : undefined };
  if (cell.role === 'head') {
    return (
      <th scope="col" {...span}>
        {cell.text}
      </th>
    );
  }
  if (cell.role === 'label') {
    return (
      <th scope="row" class="report-label" {...span}>
        {cell.text}
      </th>
    );
  }
  const [, row = '', field = ''] = /^proactive\.(\w+)\.(\w+)$/.exec(cell.path ?? '') ?? [];
  const text = cell.text === '' ? '未录入' : cell.text;
  const kind = registerRows[row];
  const href = kind === undefined ? `/console/art20?${query.toString()}` : `/console/register?${query.toString()}&kind=${kind}&figure=${field}`;
  return (
    <td class="figure" data-path={cell.path} {...span}>
      <a href={href} title={kind === undefined ? '查看或录入第二十条数据' : '查看对应的文件'}>
        {text}
      </a>
    </td>
  );
}
