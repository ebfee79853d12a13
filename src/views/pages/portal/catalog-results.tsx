/** The catalogue's items and its pages; each row links to the item's permanent URL. */
import { Fragment } from 'preact';
import { validityNames } from '../../../domain/catalog/info-item.ts';
import type { CatalogView } from '../../../use-cases/catalog/portal/browse-catalog.ts';
import { catalogHref, itemPath } from '../../../use-cases/catalog/portal/item-url.ts';

export function CatalogResults({ view, basePath }: { view: CatalogView; basePath: string }) {
  if (view.rows.length === 0) {
    return (
      <div class="empty-state">
        {view.total === 0 ? (
          <p>{view.chosen.length === 0 ? '目前还没有主动公开的政府信息。' : '没有符合这些条件的信息。可以取消部分条件再看。'}</p>
        ) : (
          <p>
            这一页没有信息。<a href={catalogHref(basePath, view.filter, { page: 1 })}>回到第一页</a>
          </p>
        )}
      </div>
    );
  }
  return (
    <>
      <div class="table-scroll">
        <table class="case-table worklist-table catalog-table">
          <caption>
            第 {view.page} 页，共 {view.pageCount} 页
          </caption>
          <thead>
            <tr>
              <th scope="col">标题</th>
              <th scope="col">索引号</th>
              <th scope="col">发布机构</th>
              <th scope="col">文号</th>
              <th scope="col">发布日期</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((row) => (
              <tr key={row.id}>
                <th scope="row" class="cell-title">
                  <a href={itemPath(row.agencyCode, row.indexNumber)}>{row.title}</a>
                  {row.validity !== null && row.validity !== 'inForce' ? <span class="flag flag-required">{validityNames[row.validity]}</span> : null}
                </th>
                <td data-label="索引号" class="cell-index">
                  <IndexNumber value={row.indexNumber} />
                </td>
                <td data-label="发布机构">{row.publisher}</td>
                <td data-label="文号" class={row.documentNumber === null ? 'cell-empty' : undefined}>
                  {row.documentNumber ?? '—'}
                </td>
                <td data-label="发布日期" class="cell-date">
                  {row.publishedOn}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination view={view} basePath={basePath} />
    </>
  );
}

/** A 索引号 that may break after each `/` rather than anywhere. */
export function IndexNumber({ value }: { value: string }) {
  const parts = value.split('/');
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 ? (
            <>
              /<wbr />
            </>
          ) : null}
        </Fragment>
      ))}
    </>
  );
}

function Pagination({ view, basePath }: { view: CatalogView; basePath: string }) {
  const { page, pageCount } = view;
  if (pageCount <= 1) return null;
  const hrefOf = (p: number) => catalogHref(basePath, view.filter, { page: p });
  return (
    <nav class="pagination" aria-label="翻页">
      {page > 1 ? <a href={hrefOf(1)}>第一页</a> : null}
      {page > 1 ? <a href={hrefOf(page - 1)}>上一页</a> : null}
      <span>
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? <a href={hrefOf(page + 1)}>下一页</a> : null}
      {page < pageCount ? <a href={hrefOf(pageCount)}>最后一页</a> : null}
    </nav>
  );
}
