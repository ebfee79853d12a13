/**
 * 主动公开 — the console's catalogue: a filter form (GET, works without JavaScript) and the items
 * of the viewer's agencies, most recently changed first, each with its 索引号, title, status and
 * who must act next.
 */
import { SelectField } from '../../components/select-field.tsx';
import { infoItemKindNames, infoItemKinds, infoItemStatusNames, infoItemStatuses } from '../../../domain/catalog/info-item.ts';
import type { ItemList, ItemListFilter, ItemListRow } from '../../../use-cases/catalog/items/list-info-items.ts';
import { Notice } from '../../components/notice.tsx';
import { describeWhoMustAct, formatMoment, StatusBadge } from './catalog-status.tsx';

export function CatalogListPage({ list, notice }: { list: ItemList; notice: string | null }) {
  const { rows, total, page, pageCount, filter, showsAgency } = list;
  return (
    <div class="catalog-page">
      <h1>主动公开</h1>
      <p class="lead">本机关起草、审核和已发布的政府信息。发布前须经初审、复审、终审（三审制），每个环节由不同的人办理。</p>
      {notice === null ? null : <Notice kind="success">{notice}</Notice>}
      {list.canDraft ? (
        <p>
          <a class="button button-primary" href="/console/catalog/new">
            新建信息
          </a>{' '}
          <a class="button button-secondary" href="/console/catalog/reviews">
            待我处理
          </a>
        </p>
      ) : (
        <p>
          <a class="button button-secondary" href="/console/catalog/reviews">
            待我审核
          </a>
        </p>
      )}
      <ListFilterForm filter={filter} today={list.today} />
      {rows.length === 0 ? (
        <p class="empty-state">没有符合条件的信息。</p>
      ) : (
        <>
          <div class="table-scroll">
            <table class="case-table worklist-table catalog-table">
              <caption>
                共{total}条，第{page}/{pageCount}页
              </caption>
              <thead>
                <tr>
                  <th scope="col">索引号</th>
                  <th scope="col">标题</th>
                  <th scope="col">状态</th>
                  <th scope="col">下一步</th>
                  {showsAgency ? <th scope="col">机关</th> : null}
                  <th scope="col">更新时间</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <ListRow key={row.id} row={row} showsAgency={showsAgency} />
                ))}
              </tbody>
            </table>
          </div>
          <PageLinks filter={filter} page={page} pageCount={pageCount} />
        </>
      )}
    </div>
  );
}

function ListRow({ row, showsAgency }: { row: ItemListRow; showsAgency: boolean }) {
  return (
    <tr>
      <th scope="row">
        <a href={`/console/catalog/${row.id}`}>{row.indexNumber}</a>
      </th>
      <td data-label="标题">
        <a href={`/console/catalog/${row.id}`}>{row.title}</a>
        <span class="cell-note">
          {infoItemKindNames[row.kind]}
          {row.documentNumber === null ? '' : ` · ${row.documentNumber}`}
        </span>
      </td>
      <td class="cell-nowrap" data-label="状态">
        <StatusBadge status={row.status} />
      </td>
      <td data-label="下一步">{describeWhoMustAct(row, row.authorName)}</td>
      {showsAgency ? <td data-label="机关">{row.agencyName}</td> : null}
      <td class="cell-date" data-label="更新时间">
        {formatMoment(row.updatedAt)}
      </td>
    </tr>
  );
}

function ListFilterForm({ filter, today }: { filter: ItemListFilter; today: string }) {
  const thisYear = Number(today.slice(0, 4));
  const years = Array.from({ length: thisYear - 2019 + 1 }, (_, i) => String(thisYear - i));
  return (
    <form method="get" action="/console/catalog" class="filter-form" aria-label="筛选信息">
      <SelectField name="status" label="状态" blank={{ value: 'all', label: '全部' }} choices={infoItemStatuses.map((status) => ({ value: status, label: infoItemStatusNames[status] }))} selected={filter.status} />
      <SelectField name="kind" label="类别" blank={{ value: 'all', label: '全部' }} choices={infoItemKinds.map((kind) => ({ value: kind, label: infoItemKindNames[kind] }))} selected={filter.kind} />
      <SelectField name="year" label="年度" blank={{ value: '', label: '全部年度' }} choices={years.map((year) => ({ value: year, label: `${year}年` }))} selected={filter.year} />
      <button type="submit" class="button button-primary">
        筛选
      </button>
    </form>
  );
}

function PageLinks({ filter, page, pageCount }: { filter: ItemListFilter; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const hrefOf = (target: number) => `/console/catalog?${new URLSearchParams({ status: filter.status, kind: filter.kind, year: filter.year, page: String(target) }).toString()}`;
  return (
    <nav class="pagination" aria-label="翻页">
      {page > 1 ? <a href={hrefOf(page - 1)}>上一页</a> : null}
      <span>
        第{page}/{pageCount}页
      </span>
      {page < pageCount ? <a href={hrefOf(page + 1)}>下一页</a> : null}
    </nav>
  );
}
