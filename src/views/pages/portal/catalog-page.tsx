/**
 * 政府信息公开目录: the filter form (each choice with its count), the chosen filters with a way to
 * drop each, the items newest first (索引号, 标题, 发布机构, 文号, 发布日期) — a table on a wide
 * screen, one card per item on a phone — the pages, and the classification outline.
 */
import type { CatalogView } from '../../../use-cases/catalog/portal/browse-catalog.ts';
import { agencyGuidePath, catalogHref } from '../../../use-cases/catalog/portal/item-url.ts';
import { CatalogFilterForm, CatalogOutline } from './catalog-filters.tsx';
import { CatalogResults } from './catalog-results.tsx';

export function CatalogPage({ view, basePath }: { view: CatalogView; basePath: string }) {
  const { scope } = view;
  const title = scope === null ? '政府信息公开目录' : `${scope.name}政府信息公开目录`;
  const feedQuery = scope === null ? '' : `?agency=${encodeURIComponent(scope.code)}`;
  return (
    <div class="catalog">
      <nav class="breadcrumb" aria-label="当前位置">
        <a href="/">首页</a> › {scope === null ? '政府信息公开目录' : <a href="/catalog">政府信息公开目录</a>}
        {scope === null ? null : <> › {scope.name}</>}
      </nav>
      <h1>{title}</h1>
      <p class="lead">
        {scope === null ? '本目录列出各行政机关主动公开的政府信息，' : `本目录列出${scope.name}主动公开的政府信息，`}
        最新发布的排在最前。可以按{scope === null ? '发布机关、' : ''}主题分类、体裁分类、年度和信息类别筛选。
      </p>
      <p class="catalog-links">
        {scope === null ? null : (
          <>
            <a href={agencyGuidePath(scope.code)}>{scope.name}政府信息公开指南</a>
            <span aria-hidden="true"> · </span>
          </>
        )}
        <a href="/search">全文检索</a>
        <span aria-hidden="true"> · </span>
        <a href={`/feeds/catalog.rss${feedQuery}`}>RSS 订阅</a>
        <span aria-hidden="true"> · </span>
        <a href={`/feeds/catalog.atom${feedQuery}`}>Atom 订阅</a>
      </p>
      <CatalogFilterForm view={view} basePath={basePath} />
      <div class="catalog-layout">
        <section class="catalog-results" aria-labelledby="results-title">
          <h2 id="results-title" class="catalog-count">
            {view.chosen.length === 0 ? '全部信息' : '筛选结果'}：共 {view.total} 条
          </h2>
          <ChosenFilters view={view} basePath={basePath} />
          <CatalogResults view={view} basePath={basePath} />
        </section>
        <CatalogOutline view={view} basePath={basePath} />
      </div>
    </div>
  );
}

function ChosenFilters({ view, basePath }: { view: CatalogView; basePath: string }) {
  if (view.chosen.length === 0) return null;
  const names = { agency: '发布机关', subject: '主题', genre: '体裁', year: '年度', kind: '类别' } as const;
  return (
    <ul class="chosen-filters" aria-label="已选的筛选条件">
      {view.chosen.map((c) => (
        <li key={c.facet}>
          {names[c.facet]}：<strong>{c.label}</strong>{' '}
          <a href={catalogHref(basePath, view.filter, { [c.facet]: null })} aria-label={`取消“${c.label}”这个条件`}>
            取消
          </a>
        </li>
      ))}
      {view.chosen.length > 1 ? (
        <li>
          <a href={basePath}>取消全部条件</a>
        </li>
      ) : null}
    </ul>
  );
}
