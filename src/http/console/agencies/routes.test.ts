/** The console's agency pages with JavaScript off: the scoped tree, and the office form (POST-redirect-GET). */
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';
import { getAgencyByCode } from '../../../db/repositories/agencies.ts';

describeEachApp('console agency pages', (current) => {
  it('shows an agency admin its own agency only, and the county to the system admin', async () => {
    const admin = current().browser();
    await admin.signIn('agency-admin', 'Lian-Jiguan-2025');
    const own = await admin.get('/console/agencies');
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain('莲城县自然资源局');
    expect(own.body).not.toContain('莲城县教育局');
    const system = current().browser();
    await system.signIn('system-admin', 'Lian-Xitong-2025');
    const all = await system.get('/console/agencies');
    expect(all.body).toContain('莲城县教育局');
    expect(all.body).toContain('href="/console/agencies/lcx-jyj"');
  });

  it('saves the office form and redirects to the page with a notice; the public guide shows it', async () => {
    const admin = current().browser();
    await admin.signIn('agency-admin', 'Lian-Jiguan-2025');
    const page = await admin.get('/console/agencies/lcx-zrzy');
    expect(page.body).toContain('name="officeName"');
    const form = { officeName: '自然资源局办公室', address: '莲城县青石路9号', postcode: '419900', phone: '0739-5210555', email: 'zwgk-zrzy@liancheng.example.cn', hours: '工作日 8:30—17:30', creditCode: '' };
    const saved = await admin.postForm('/console/agencies/lcx-zrzy', form);
    expect(saved.statusCode).toBe(303);
    expect(saved.headers.location).toBe('/console/agencies/lcx-zrzy?saved=1');
    const after = await admin.get('/console/agencies/lcx-zrzy?saved=1');
    expect(after.body).toContain('已保存');
    expect((await getAgencyByCode(current().handle.db, 'lcx-zrzy'))?.phone).toBe('0739-5210555');
    const guide = await current().browser().get('/agencies/lcx-zrzy/guide');
    expect(guide.body).toContain('0739-5210555');
  });

  it('shows the form again with the problems beside the fields, keeping what was typed', async () => {
    const admin = current().browser();
    await admin.signIn('agency-admin', 'Lian-Jiguan-2025');
    await admin.get('/console/agencies/lcx-zrzy');
    const response = await admin.postForm('/console/agencies/lcx-zrzy', { officeName: '办公室', address: '', postcode: '4199', phone: '', email: '', hours: '', creditCode: '11439901L00000057X' });
    expect(response.statusCode).toBe(422);
    expect(response.body).toContain('邮政编码应为6位数字。');
    expect(response.body).toContain('统一社会信用代码的校验码不正确');
    expect(response.body).toContain('value="4199"');
    expect(response.body).toContain('aria-invalid="true"');
  });

  it('shows a handler its agency without the form, and refuses another department', async () => {
    const handler = current().browser();
    await handler.signIn('handler', 'Lian-Chengban-2025');
    const own = await handler.get('/console/agencies/lcx-zrzy');
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('name="officeName"');
    expect(own.body).toContain('只能查看');
    expect((await handler.get('/console/agencies/lcx-jyj')).statusCode).toBe(403);
    expect((await handler.postForm('/console/agencies/lcx-zrzy', { phone: '1' })).statusCode).toBe(403);
  });
});
