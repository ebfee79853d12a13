/**
 * The catalogue's filters, twice: a form of drop-down lists (works without JavaScript: 筛选 sends it
 * as a GET) and an outline of links by subject, genre and year, each with its number of items.
 */
import type { CatalogView, FacetOption } from '../../../use-cases/catalog/portal/browse-catalog.ts';
import type { CatalogFacet } from '../../../use-cases/catalog/portal/catalog-portal-store.ts';
import { catalogHref } from '../../../use-cases/catalog/portal/item-url.ts';

const facetLabels: Record<CatalogFacet, string> = { agency: '发布机关', subject: '主题分类', genre: '体裁分类', year: '年度', kind: '信息类别' };

export function CatalogFilterForm({ view, basePath }: { view: CatalogView; basePath: string }) {
  const facets: CatalogFacet[] = view.scope === null ? ['agency', 'subject', 'genre', 'year', 'kind'] : ['subject', 'genre', 'year', 'kind'];
  return (
    <form method="get" action={basePath} class="filter-form catalog-filter-form" aria-label="筛选目录">
      {facets.map((facet) => (
        <div class="field" key={facet}>
          <label for={`filter-${facet}`}>{facetLabels[facet]}</label>
          <select id={`filter-${facet}`} name={facet}>
            <option value="">全部</option>
            {view.facets[facet].map((option) => (
              <option key={option.value} value={option.value} selected={option.isSelected}>
                {'　'.repeat(option.depth)}
                {option.label}（{option.count}）
              </option>
            ))}
          </select>
        </div>
      ))}
      <button type="submit" class="button button-primary">
        筛选
      </button>
      {view.chosen.length === 0 ? null : (
        <p class="filter-reset">
          <a href={basePath}>清除全部条件</a>
        </p>
      )}
    </form>
  );
}

interface OutlineNode {
  option: FacetOption;
  children: OutlineNode[];
}

/** The outline's options (pre-order with depths) as nested lists. */
function nestByDepth(options: readonly FacetOption[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  for (const option of options.filter((o) => o.isInOutline)) {
    const node = { option, children: [] };
    while (stack.length > 0 && stack[stack.length - 1]!.option.depth >= option.depth) stack.pop();
    (stack.length === 0 ? roots : stack[stack.length - 1]!.children).push(node);
    stack.push(node);
  }
  return roots;
}

export function CatalogOutline({ view, basePath }: { view: CatalogView; basePath: string }) {
  const facets: CatalogFacet[] = ['subject', 'genre', 'year'];
  return (
    <nav class="catalog-outline" aria-label="分类导航">
      {facets.map((facet) =>
        view.facets[facet].length === 0 ? null : (
          <section key={facet} aria-labelledby={`outline-${facet}`}>
            <h2 id={`outline-${facet}`}>按{facetLabels[facet]}浏览</h2>
            <OutlineList nodes={nestByDepth(view.facets[facet])} facet={facet} view={view} basePath={basePath} />
          </section>
        ),
      )}
    </nav>
  );
}

function OutlineList({ nodes, facet, view, basePath }: { nodes: OutlineNode[]; facet: CatalogFacet; view: CatalogView; basePath: string }) {
  return (
    <ul class="outline-list">
      {nodes.map(({ option, children }) => {
        const value = facet === 'year' ? Number(option.value) : option.value;
        return (
          <li key={option.value}>
            <a href={catalogHref(basePath, view.filter, { [facet]: value })} aria-current={option.isSelected ? 'true' : undefined}>
              {option.label}
            </a>
            <span class="outline-count">（{option.count}）</span>
            {children.length === 0 ? null : <OutlineList nodes={children} facet={facet} view={view} basePath={basePath} />}
          </li>
        );
      })}
    </ul>
  );
}
