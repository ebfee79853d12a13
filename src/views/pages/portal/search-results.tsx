/**
 * Search results: each hit's title (linked to its permanent URL) and a passage of its body with
 * the words found marked, its 索引号, publisher and date; the pages; and, when nothing was found,
 * what to try instead.
 */
import type { HighlightSegment } from '../../../domain/search/highlight.ts';
import type { SearchHit, SearchResult } from '../../../use-cases/catalog/search/search-catalog.ts';
import type { SearchFormValues } from './search-form.tsx';

export function SearchResults({ result, values }: { result: SearchResult; values: SearchFormValues }) {
  if (result.mode === 'none') return <NothingFound result={result} values={values} />;
  return (
    <section class="search-results" aria-labelledby="search-results-title">
      <h2 id="search-results-title" class="search-summary">
        {result.mode === 'similarTitles' ? (
          <>没有找到包含“{result.query.text}”的信息，以下信息的标题与之相近：</>
        ) : (
          <>
            找到{result.isTotalExact ? '' : '超过'} {result.total} 条与“{result.query.text}”相关的信息
          </>
        )}
      </h2>
      {result.ranked < result.total || !result.isTotalExact ? (
        <p class="notice">相关信息很多，下面按相关程度列出的是最近发布的 {result.ranked} 条。可以再加一个词，或用筛选条件缩小范围。</p>
      ) : null}
      {result.hits.length === 0 ? (
        <div class="empty-state">
          <p>
            这一页没有信息。<a href={pageHref(values, 1)}>回到第一页</a>
          </p>
        </div>
      ) : (
        <ol class="search-hits" start={(result.page - 1) * result.pageSize + 1}>
          {result.hits.map((hit) => (
            <SearchHitItem key={hit.url} hit={hit} />
          ))}
        </ol>
      )}
      <SearchPagination result={result} values={values} />
    </section>
  );
}

function SearchHitItem({ hit }: { hit: SearchHit }) {
  return (
    <li class="search-hit">
      <h3 class="search-hit-title">
        <a href={hit.url}>
          <Segments segments={hit.titleSegments} />
        </a>
      </h3>
      {hit.snippet.length === 0 ? null : (
        <p class="search-hit-snippet">
          <Segments segments={hit.snippet} />
        </p>
      )}
      <p class="search-hit-meta small">
        <span>索引号：{hit.indexNumber}</span>
        {'　'}
        <span>发布机构：{hit.publisher}</span>
        {'　'}
        <span>发布日期：{hit.publishedOn ?? '—'}</span>
      </p>
    </li>
  );
}

/** Text with the words found in `<mark>`; Preact escapes every piece. */
export function Segments({ segments }: { segments: readonly HighlightSegment[] }) {
  return <>{segments.map((segment, i) => (segment.hit ? <mark key={i}>{segment.text}</mark> : segment.text))}</>;
}

function NothingFound({ result, values }: { result: SearchResult; values: SearchFormValues }) {
  const hasFilters = Object.entries(values).some(([key, value]) => key !== 'q' && value !== '');
  return (
    <section class="empty-state search-nothing" aria-labelledby="search-nothing-title">
      <h2 id="search-nothing-title">
        {result.query.terms.length === 0 ? '搜索词中没有可以查找的文字。' : <>没有找到与“{result.query.text}”相关的信息。</>}
      </h2>
      <p>您可以：</p>
      <ul>
        <li>检查搜索词有没有错别字；</li>
        <li>换一个意思相近、更常用的词，例如用“低保”代替“最低生活保障金”；</li>
        <li>减少搜索词，或只保留最主要的一个词；</li>
        {hasFilters ? (
          <li>
            <a href={`/search?${new URLSearchParams({ q: values.q }).toString()}`}>去掉筛选条件再搜索</a>；
          </li>
        ) : null}
        <li>
          到<a href="/catalog">政府信息公开目录</a>中按机关、主题和年份查看；
        </li>
        <li>
          仍然找不到的，可以<a href="/apply">申请政府信息公开</a>。
        </li>
      </ul>
    </section>
  );
}

function SearchPagination({ result, values }: { result: SearchResult; values: SearchFormValues }) {
  if (result.pageCount <= 1) return null;
  return (
    <nav class="pagination" aria-label="分页">
      {result.page > 1 ? <a href={pageHref(values, result.page - 1, result.pageSize)}>上一页</a> : null}
      <span>
        第 {result.page} 页，共 {result.pageCount} 页
      </span>
      {result.page < result.pageCount ? <a href={pageHref(values, result.page + 1, result.pageSize)}>下一页</a> : null}
    </nav>
  );
}

/** The search's URL for another page: the same query and filters, empty fields left out. */
export function pageHref(values: SearchFormValues, page: number, pageSize?: number): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== '') params.set(key, value);
  if (page > 1) params.set('page', String(page));
  if (pageSize !== undefined && pageSize !== 10) params.set('pageSize', String(pageSize));
  return `/search?${params.toString()}`;
}
