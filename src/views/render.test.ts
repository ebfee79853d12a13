import { h, type ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import type { SignedInAccount } from '../use-cases/resolve-session.ts';
import { describeGrants } from './layouts/console-layout.tsx';
import { ConsoleLayout } from './layouts/console-layout.tsx';
import { PageContext, fallbackSite } from './page-context.ts';
import { ErrorPage } from './pages/error-page.tsx';
import { PasswordPage } from './pages/console/password-page.tsx';

const account: SignedInAccount = {
  id: 'me',
  username: 'wang',
  displayName: '<b>王</b>',
  agency: { id: 'a', code: 'lcx-zrzy', name: '莲城县自然资源局' },
  grants: [
    { role: 'handler', agencyId: 'a', agencyCode: 'lcx-zrzy', agencyName: '莲城县自然资源局', includeSubtree: false },
    { role: 'reviewer', agencyId: 'b', agencyCode: 'lcx-jyj', agencyName: '莲城县教育局', includeSubtree: true },
  ],
  mustChangePassword: false,
};

function renderInConsole(child: ComponentChildren, signedIn: SignedInAccount | null = account): string {
  const context = { csrfToken: () => 'token-123', account: signedIn, site: fallbackSite, largeText: false, currentPath: '/console' };
  return renderToString(h(PageContext.Provider, { value: context }, h(ConsoleLayout, null, child)));
}

describe('views', () => {
  it('escapes what people typed', () => {
    const html = renderInConsole(h(ErrorPage, { status: 400, message: '<img src=x onerror=alert(1)>', links: [] }));
    expect(html).toContain('&lt;b>王&lt;/b>');
    expect(html).toContain('&lt;img src=x onerror=alert(1)>');
    expect(html).not.toContain('<img');
  });

  it('names roles in Chinese, with the agency where it is not the home agency', () => {
    expect(describeGrants(account)).toBe('承办人、审核人（莲城县教育局）（含下级机关）');
  });

  it('puts the CSRF token into the sign-out form and every page form', () => {
    const html = renderInConsole(h(PasswordPage, { isForced: true, issues: [] }));
    expect(html.match(/name="_csrf" value="token-123"/g)).toHaveLength(2);
    expect(html).toContain('action="/logout"');
    expect(html).toContain('请先设置新密码');
  });

  it('ties each password problem to its field for screen readers', () => {
    const issues = [{ code: 'password.tooShort', path: 'password', message: '密码至少需要10个字符，当前为3个。' }];
    const html = renderInConsole(h(PasswordPage, { isForced: false, issues }));
    expect(html).toContain('aria-invalid="true"');
    expect(html).toMatch(/aria-describedby="newPassword-hint newPassword-error"/);
    expect(html).toContain('role="alert"');
  });

  it('shows no navigation or sign-out without an account', () => {
    const html = renderInConsole(h('p', null, '登录'), null);
    expect(html).not.toContain('console-nav');
    expect(html).not.toContain('/logout');
  });
});
