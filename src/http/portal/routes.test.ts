import { expect, it } from 'vitest';
import { describeEachApp } from '../../../test/http-harness.ts';
import { createApp } from '../app.ts';
import { safeLocalPath } from './display-routes.ts';

describeEachApp(
  'the public portal',
  (app) => {
    it('shows the county, its departments and townships on the home page, with the four sections', async () => {
      const home = await app().browser().get('/');
      expect(home.statusCode).toBe(200);
      expect(home.body).toContain('<title>莲城县人民政府</title>');
      for (const text of ['莲城县人民政府', '莲城县教育局', '莲城县荷塘镇人民政府', '政府工作部门', '乡镇（街道）']) expect(home.body).toContain(text);
      for (const href of ['/guide', '/catalog', '/apply', '/annual-reports']) expect(home.body).toContain(`href="${href}"`);
      expect(home.body).toContain('href="/agencies/lcx-jyj/guide"');
    });

    it('sets no cookie on public pages without a form, and the CSRF cookie on the sign-in page', async () => {
      const browser = app().browser();
      for (const url of ['/', '/guide', '/catalog']) expect((await browser.get(url)).headers['set-cookie'], url).toBeUndefined();
      const login = await browser.get('/login');
      expect(String(login.headers['set-cookie'])).toMatch(/^gk_csrf=[^;]+; Path=\/; HttpOnly; SameSite=Lax$/);
    });

    it('puts the disclosure office address, phone and hours in the footer', async () => {
      const home = await app().browser().get('/');
      const footer = home.body.slice(home.body.indexOf('<footer'));
      expect(footer).toContain('莲城县人民政府办公室（县政务公开办）');
      expect(footer).toContain('莲城县莲花大道1号');
      expect(footer).toContain('0739-5210001');
      expect(footer).toContain('办公时间');
    });

    it("generates each agency's guide from its disclosure office data", async () => {
      const guide = await app().browser().get('/agencies/lcx-jyj/guide');
      expect(guide.statusCode).toBe(200);
      for (const text of ['莲城县教育局政府信息公开指南', '教育局办公室', '莲城县文昌路18号', '0739-5210202', '20个工作日', '行政复议', '莲城县人民政府或者政府信息公开工作主管部门']) {
        expect(guide.body).toContain(text);
      }
      const county = await app().browser().get('/guide');
      expect(county.body).toContain('莲城县人民政府政府信息公开指南');
    });

    it('answers an unknown agency code with a 404 page in Chinese', async () => {
      for (const code of ['no-such', '<script>', "x' or 1=1"]) {
        const response = await app().browser().get(`/agencies/${encodeURIComponent(code)}/guide`);
        expect(response.statusCode).toBe(404);
        expect(response.body).toContain('该机关不存在');
        expect(response.body).not.toContain('<script>');
      }
    });

    it('says plainly that the reports are under construction', async () => {
      for (const url of ['/annual-reports']) {
        const page = await app().browser().get(url);
        expect(page.statusCode).toBe(200);
        expect(page.body).toContain('本栏目建设中');
      }
    });

    it('switches 大字版 on and off with a link, without JavaScript, and returns to the page', async () => {
      const browser = app().browser();
      const on = await browser.get('/display?mode=large&back=%2Fguide');
      expect(on.statusCode).toBe(303);
      expect(on.headers.location).toBe('/guide');
      const large = await browser.get('/guide');
      expect(large.body).toContain('<html lang="zh-CN" class="large-text">');
      expect(large.body).toContain('>标准版</a>');
      await browser.get('/display?mode=standard&back=%2F');
      expect((await browser.get('/')).body).toContain('<html lang="zh-CN">');
    });

    it('never redirects off the site after switching the display mode', async () => {
      const browser = app().browser();
      for (const back of ['https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
        const response = await browser.get(`/display?mode=large&back=${encodeURIComponent(back)}`);
        expect(response.headers.location).toBe('/');
      }
      expect(safeLocalPath('/guide?x=1')).toBe('/guide?x=1');
    });

    it('shows a neutral portal on an empty platform', async () => {
      const { createTestApp } = await import('../../../test/http-harness.ts');
      const empty = await createTestApp('pglite', { seedDemo: false });
      try {
        const home = await empty.browser().get('/');
        expect(home.statusCode).toBe(200);
        expect(home.body).toContain('平台尚未录入行政机关信息');
        expect((await empty.browser().get('/guide')).statusCode).toBe(404);
      } finally {
        await empty.close();
      }
    }, 60_000);

    it('serves the stylesheet from /static with the CJK font stack', async () => {
      const css = await app().app.inject({ method: 'GET', url: '/static/styles.css' });
      expect(css.statusCode).toBe(200);
      expect(css.body).toContain('"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC",sans-serif'.replaceAll(',', ', '));
      expect(typeof createApp).toBe('function');
    });
  },
  ['pglite'],
);
