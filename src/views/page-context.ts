/**
 * What every page may read besides its own props: the CSRF token for its forms, the signed-in
 * account, the site (the deployment's county government), and the display mode. The HTTP layer
 * fills it (views never query); components read it with `usePageContext()`.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { SignedInAccount } from '../use-cases/resolve-session.ts';

/** The agency whose site this is (the county government) and its disclosure office. */
export interface SiteInfo {
  name: string;
  code: string | null;
  officeName: string | null;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  hours: string | null;
}

export interface PageContextValue {
  /**
   * The CSRF token for this page's forms. A function: for a visitor without a session it sets the
   * pre-session cookie, which only pages with a form should do (a cookie makes a page uncacheable).
   */
  csrfToken: () => string;
  account: SignedInAccount | null;
  site: SiteInfo;
  /** 大字版 (适老化): larger text, stronger contrast, more spacing. */
  largeText: boolean;
  /** The path and query of this page, to come back to after switching the display mode. */
  currentPath: string;
}

export const fallbackSite: SiteInfo = {
  name: '政府信息公开平台',
  code: null,
  officeName: null,
  address: null,
  postcode: null,
  phone: null,
  email: null,
  hours: null,
};

export const PageContext = createContext<PageContextValue>({
  csrfToken: () => '',
  account: null,
  site: fallbackSite,
  largeText: false,
  currentPath: '/',
});

export function usePageContext(): PageContextValue {
  return useContext(PageContext);
}
