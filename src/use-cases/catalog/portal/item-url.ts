/**
 * The permanent URLs of the catalogue. An item's URL is /agencies/{agencyCode}/items/{索引号}; the
 * 索引号 usually holds `/` (`11430321006221486Y/2024-00123`), so it is always URI-encoded (`%2F`) and
 * reaches the route as one segment.
 */

export function itemPath(agencyCode: string, indexNumber: string): string {
  return `/agencies/${encodeURIComponent(agencyCode)}/items/${encodeURIComponent(indexNumber)}`;
}

export function attachmentPath(agencyCode: string, indexNumber: string, attachmentId: string): string {
  return `${itemPath(agencyCode, indexNumber)}/attachments/${encodeURIComponent(attachmentId)}`;
}

export function agencyCatalogPath(agencyCode: string): string {
  return `/agencies/${encodeURIComponent(agencyCode)}/catalog`;
}

export function agencyGuidePath(agencyCode: string): string {
  return `/agencies/${encodeURIComponent(agencyCode)}/guide`;
}

export interface CatalogLinkFilter {
  agency: string | null;
  subject: string | null;
  genre: string | null;
  year: number | null;
  kind: string | null;
  page: number;
}

/**
 * A catalogue URL with the filter changed: the other filters are kept, and the page goes back to
 * the first unless it is what changes.
 */
export function catalogHref(basePath: string, filter: CatalogLinkFilter, change: Partial<CatalogLinkFilter>): string {
  const next = { ...filter, page: 1, ...change };
  const query = new URLSearchParams();
  for (const key of ['agency', 'subject', 'genre', 'year', 'kind'] as const) {
    const value = next[key];
    if (value !== null) query.set(key, String(value));
  }
  if (next.page > 1) query.set('page', String(next.page));
  const text = query.toString();
  return text === '' ? basePath : `${basePath}?${text}`;
}
