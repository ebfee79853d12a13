/** The sitemap and the sitemap index (sitemaps.org 0.9) as XML, with absolute URLs. */
import type { SitemapUrl } from '../../../use-cases/catalog/portal/sitemap.ts';

const xmlHeader = '<?xml version="1.0" encoding="UTF-8"?>\n';
const namespace = 'http://www.sitemaps.org/schemas/sitemap/0.9';

export function renderUrlset(urls: readonly SitemapUrl[], origin: string): string {
  const entries = urls.map((url) => {
    const lastmod = url.lastModified === null ? '' : `<lastmod>${w3cTime(url.lastModified)}</lastmod>`;
    return `<url><loc>${escapeXml(origin + url.path)}</loc>${lastmod}</url>`;
  });
  return `${xmlHeader}<urlset xmlns="${namespace}">\n${entries.join('\n')}\n</urlset>\n`;
}

export function renderSitemapIndex(pageCount: number, origin: string): string {
  const entries = Array.from({ length: pageCount }, (_, i) => `<sitemap><loc>${escapeXml(`${origin}/sitemap.xml?page=${i + 1}`)}</loc></sitemap>`);
  return `${xmlHeader}<sitemapindex xmlns="${namespace}">\n${entries.join('\n')}\n</sitemapindex>\n`;
}

/** `2025-03-03T01:00:00Z`: W3C Datetime without the milliseconds. */
function w3cTime(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c] ?? c);
}
