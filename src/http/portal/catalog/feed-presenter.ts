/** The catalogue's feeds as RSS 2.0 and Atom 1.0 documents (the `feed` package), with absolute URLs. */
import { Feed } from 'feed';
import type { FeedView } from '../../../use-cases/catalog/portal/catalog-feed.ts';
import { agencyCatalogPath, itemPath } from '../../../use-cases/catalog/portal/item-url.ts';

export interface FeedContext {
  /** `https://gk.example.gov.cn`: the scheme and host the request came to. */
  origin: string;
  siteName: string;
  now: Date;
}

export function buildCatalogFeed(view: FeedView, context: FeedContext): Feed {
  const { origin } = context;
  const query = view.agency === null ? '' : `?agency=${encodeURIComponent(view.agency.code)}`;
  const owner = view.agency?.name ?? context.siteName;
  const latest = view.entries[0];
  const feed = new Feed({
    title: `${owner}主动公开的政府信息`,
    description: `${owner}政府信息公开目录中最新发布的${view.entries.length}条信息`,
    id: `${origin}/feeds/catalog.atom${query}`,
    link: `${origin}${view.agency === null ? '/catalog' : agencyCatalogPath(view.agency.code)}`,
    language: 'zh-CN',
    updated: latest === undefined ? context.now : publicationTime(latest),
    generator: false,
    copyright: context.siteName,
    feedLinks: { atom: `${origin}/feeds/catalog.atom${query}`, rss: `${origin}/feeds/catalog.rss${query}` },
    author: { name: owner },
  });
  for (const entry of view.entries) {
    const link = `${origin}${itemPath(entry.agencyCode, entry.indexNumber)}`;
    const number = entry.documentNumber === null ? '' : `${entry.documentNumber}　`;
    // Both formats carry titles and summaries as HTML: plain text is escaped, so `<b>` in a title stays text.
    feed.addItem({
      title: escapeHtml(entry.title),
      id: link,
      link,
      date: publicationTime(entry),
      published: publicationTime(entry),
      description: escapeHtml(`${number}索引号：${entry.indexNumber}　发布机构：${entry.publisher}　发布日期：${entry.publishedOn}${entry.summary === '' ? '' : `\n${entry.summary}`}`),
      author: [{ name: entry.publisher }],
    });
  }
  return feed;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] ?? c);
}

/** When the item was published; the start of its publication day (China time) when only the date is known. */
function publicationTime(entry: { publishedAt: Date | null; publishedOn: string }): Date {
  return entry.publishedAt ?? new Date(`${entry.publishedOn}T00:00:00+08:00`);
}
