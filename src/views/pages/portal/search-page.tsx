/** 站内搜索 `/search`: the form, and the results when something was asked. */
import type { Issue } from '../../../domain/accounts/issue.ts';
import type { SearchResult } from '../../../use-cases/catalog/search/search-catalog.ts';
import type { SearchOptions } from '../../../use-cases/catalog/search/search-options.ts';
import { SearchForm, type SearchFormValues } from './search-form.tsx';
import { SearchResults } from './search-results.tsx';

export interface SearchPageProps {
  values: SearchFormValues;
  options: SearchOptions;
  issues: readonly Issue[];
  /** Null before anything is asked, or when the request had problems. */
  result: SearchResult | null;
}

export function SearchPage({ values, options, issues, result }: SearchPageProps) {
  return (
    <section class="search-page" aria-labelledby="search-title">
      <h1 id="search-title">搜索政府信息</h1>
      <SearchForm values={values} options={options} issues={issues} />
      {result === null ? (
        issues.length > 0 ? null : <p class="muted">输入要查找的词，在本站主动公开的全部政府信息（标题、正文和附件）中搜索。</p>
      ) : (
        <SearchResults result={result} values={values} />
      )}
    </section>
  );
}
