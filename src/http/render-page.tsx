/**
 * `renderPage(reply, <Page/>, { title, layout })`: renders a page in the portal or console layout,
 * escaped by default (Preact), with the page context (CSRF token, account, site, display mode).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { Database } from '../db/database.ts';
import { listAgencies } from '../db/repositories/agencies.ts';
import { ConsoleLayout } from '../views/layouts/console-layout.tsx';
import { HtmlDocument } from '../views/layouts/html-document.tsx';
import { PortalLayout } from '../views/layouts/portal-layout.tsx';
import { fallbackSite, PageContext, type PageContextValue, type SiteInfo } from '../views/page-context.ts';
import { csrfTokenFor } from './csrf.ts';

export { ConsoleLayout, PortalLayout };

export type PageLayout = 'portal' | 'console';

export interface RenderPageOptions {
  /** The page's own title; the site name is added. */
  title: string;
  layout: PageLayout;
  status?: number;
}

export const displayCookieName = 'gk_display';

export async function renderPage(reply: FastifyReply, page: ComponentChildren, options: RenderPageOptions): Promise<FastifyReply> {
  const context = await buildPageContext(reply.request, reply);
  const html = renderToString(
    <PageContext.Provider value={context}>
      <HtmlDocument title={options.title} siteName={context.site.name} largeText={context.largeText} area={options.layout}>
        {options.layout === 'console' ? <ConsoleLayout>{page}</ConsoleLayout> : <PortalLayout>{page}</PortalLayout>}
      </HtmlDocument>
    </PageContext.Provider>,
  );
  // Pages of a signed-in account show personal data: never kept in a shared cache or the back button's.
  if (context.account !== null || options.layout === 'console') reply.header('cache-control', 'no-store');
  return reply
    .status(options.status ?? 200)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html>\n${html}`);
}

export async function buildPageContext(request: FastifyRequest, reply: FastifyReply): Promise<PageContextValue> {
  return {
    csrfToken: () => csrfTokenFor(request, reply),
    account: request.account,
    site: await loadSite(request.server.deps.handle.db),
    largeText: request.cookies[displayCookieName] === 'large',
    currentPath: request.url,
  };
}

/** The site's agency: the root of the agency tree (the county government), or a neutral fallback. */
export async function loadSite(db: Database): Promise<SiteInfo> {
  const root = (await listAgencies(db)).find((agency) => agency.parentId === null);
  if (root === undefined) return fallbackSite;
  const { name, code, officeName, address, postcode, phone, email, hours } = root;
  return { name, code, officeName, address, postcode, phone, email, hours };
}
