/**
 * The search box and its filters: one GET form (works without JavaScript), the fields filled
 * with what was asked. The box takes at most 100 characters, like the server.
 */
import type { Issue } from '../../../domain/accounts/issue.ts';
import { searchQueryLimits } from '../../../domain/search/parse-query.ts';
import type { SearchOption, SearchOptions } from '../../../use-cases/catalog/search/search-options.ts';
import { issuesFor } from '../../components/issue-list.tsx';

/** The form's fields as text, as they came (or as they are to be shown). */
export interface SearchFormValues {
  q: string;
  agency: string;
  subject: string;
  genre: string;
  kind: string;
  from: string;
  to: string;
}

export const emptySearchForm: SearchFormValues = { q: '', agency: '', subject: '', genre: '', kind: '', from: '', to: '' };

export function SearchForm({ values, options, issues }: { values: SearchFormValues; options: SearchOptions; issues: readonly Issue[] }) {
  const hasFilters = values.agency !== '' || values.subject !== '' || values.genre !== '' || values.kind !== '' || values.from !== '' || values.to !== '';
  return (
    <form method="get" action="/search" class="search-form" role="search" aria-label="站内搜索">
      <div class={`field search-box${issuesFor(issues, 'q').length > 0 ? ' field-invalid' : ''}`}>
        <label for="search-q">搜索词</label>
        <div class="search-box-row">
          <input id="search-q" name="q" type="search" value={values.q} maxLength={searchQueryLimits.characters} autocomplete="off" placeholder="例如：义务教育 招生" />
          <button type="submit" class="button button-primary">
            搜索
          </button>
        </div>
        <p class="field-hint">多个词用空格分开，表示同时包含；用引号括起来（如“优化营商环境”）表示查找完整的词组。</p>
        {issuesFor(issues, 'q').map((issue) => (
          <p class="field-error" key={issue.code}>
            {issue.message}
          </p>
        ))}
      </div>
      <details class="search-filters" open={hasFilters}>
        <summary>按机关、分类、年份筛选{hasFilters ? '（已选条件）' : ''}</summary>
        <div class="filter-form">
          <Select id="agency" label="发布机关" value={values.agency} options={options.agencies} />
          <Select id="subject" label="主题分类" value={values.subject} options={options.subjects} />
          <Select id="genre" label="体裁分类" value={values.genre} options={options.genres} />
          <Select id="kind" label="信息类别" value={values.kind} options={options.kinds.map((k) => ({ ...k, depth: 0 }))} />
          <Select id="from" label="发布年份从" value={values.from} options={yearOptions(options.years)} />
          <Select id="to" label="至" value={values.to} options={yearOptions(options.years)} />
          <button type="submit" class="button button-secondary">
            按条件搜索
          </button>
        </div>
        {issues
          .filter((issue) => issue.path !== 'q')
          .map((issue) => (
            <p class="field-error" key={`${issue.path}-${issue.code}`}>
              {issue.message}
            </p>
          ))}
      </details>
    </form>
  );
}

function yearOptions(years: readonly number[]): SearchOption[] {
  return years.map((year) => ({ value: String(year), label: `${year}年`, depth: 0 }));
}

function Select({ id, label, value, options }: { id: string; label: string; value: string; options: readonly SearchOption[] }) {
  return (
    <div class="field">
      <label for={`search-${id}`}>{label}</label>
      <select id={`search-${id}`} name={id}>
        <option value="">全部</option>
        {options.map((option) => (
          <option key={option.value} value={option.value} selected={option.value === value}>
            {'　'.repeat(option.depth)}
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
