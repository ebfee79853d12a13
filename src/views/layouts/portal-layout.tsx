/** The public portal: the county's site header, the four disclosure sections, the office footer. */
import type { ComponentChildren } from 'preact';
import { DisplayToggle } from '../components/display-toggle.tsx';
import { usePageContext, type SiteInfo } from '../page-context.ts';

/** The sections of every 政府信息公开 site, in the order the State Council's guidance lists them. */
export const portalSections = [
  { href: '/guide', label: '政府信息公开指南' },
  { href: '/catalog', label: '政府信息公开目录' },
  { href: '/apply', label: '依申请公开' },
  { href: '/annual-reports', label: '年度报告' },
  { href: '/search', label: '搜索' },
] as const;

export function PortalLayout({ children }: { children: ComponentChildren }) {
  const { site, currentPath } = usePageContext();
  return (
    <>
      <div class="top-bar">
        <div class="container top-bar-inner">
          <span>{site.name}门户网站</span>
          <span class="top-bar-links">
            <DisplayToggle />
            <a href="/login">工作人员登录</a>
          </span>
        </div>
      </div>
      <header class="site-header">
        <div class="container">
          <a class="site-title" href="/">
            <span class="site-name">{site.name}</span>
            <span class="site-subtitle">政府信息公开</span>
          </a>
        </div>
      </header>
      <nav class="site-nav" aria-label="栏目导航">
        <ul class="container">
          <li>
            <a href="/" aria-current={currentPath === '/' ? 'page' : undefined}>
              首页
            </a>
          </li>
          {portalSections.map((section) => (
            <li key={section.href}>
              <a href={section.href} aria-current={isInSection(currentPath, section.href) ? 'page' : undefined}>
                {section.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" class="container portal-main" tabIndex={-1}>
        {children}
      </main>
      <PortalFooter site={site} />
    </>
  );
}

/** The section a page belongs to: its own path, and for the guide also each agency's guide. */
function isInSection(path: string, sectionHref: string): boolean {
  if (sectionHref === '/guide' && /^\/agencies\/[^/]+\/guide/.test(path)) return true;
  if (sectionHref === '/apply' && (path === '/track' || path.startsWith('/track/') || path.startsWith('/track?'))) return true;
  return path === sectionHref || path.startsWith(`${sectionHref}?`) || path.startsWith(`${sectionHref}/`);
}

function PortalFooter({ site }: { site: SiteInfo }) {
  return (
    <footer class="site-footer">
      <div class="container">
        <p>
          主办单位：{site.name}
          {site.officeName === null ? null : <> · 政府信息公开工作机构：{site.officeName}</>}
        </p>
        <dl class="footer-contact">
          {site.address === null ? null : <Contact term="地址" value={withPostcode(site.address, site.postcode)} />}
          {site.phone === null ? null : <Contact term="电话" value={site.phone} />}
          {site.hours === null ? null : <Contact term="办公时间" value={site.hours} />}
        </dl>
      </div>
    </footer>
  );
}

function Contact({ term, value }: { term: string; value: string }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function withPostcode(address: string, postcode: string | null): string {
  return postcode === null ? address : `${address}（邮编 ${postcode}）`;
}
