/** The agency API: JSON shapes, scope, the one error shape, and the OpenAPI document. */
import { expect, it } from 'vitest';
import { describeEachApp } from '../../../../test/http-harness.ts';

describeEachApp('agency API', (current) => {
  it('lists the agencies in scope with their parent codes and office details', async () => {
    const handler = current().browser();
    await handler.signIn('handler-jyj', 'Lian-Jiaoyu-2025');
    const response = await handler.api('GET', '/api/v1/agencies');
    expect(response.statusCode).toBe(200);
    const { agencies } = response.json() as { agencies: { code: string; parentCode: string | null; office: Record<string, unknown> }[] };
    expect(agencies.map((a) => a.code)).toEqual(['lcx-jyj']);
    expect(agencies[0]).toMatchObject({ parentCode: 'lcx', office: { officeName: '教育局办公室' } });
  });

  it('changes office details with PATCH and answers problems as 422 issues', async () => {
    const admin = current().browser();
    await admin.signIn('system-admin', 'Lian-Xitong-2025');
    await admin.get('/console');
    const changed = await admin.api('PATCH', '/api/v1/agencies/lcx-jtj', { hours: '工作日 9:00—17:00', email: null });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ code: 'lcx-jtj', office: { hours: '工作日 9:00—17:00', email: null } });
    const invalid = await admin.api('PATCH', '/api/v1/agencies/lcx-jtj', { postcode: 'abc', creditCode: 'X' });
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({
      error: { code: 'validation_failed', issues: [{ path: 'postcode', message: '邮政编码应为6位数字。' }, { path: 'creditCode', message: '统一社会信用代码应为18位。' }] },
    });
  });

  it('answers another department with 403 and an unknown code with 404, in the one error shape', async () => {
    const handler = current().browser();
    await handler.signIn('handler', 'Lian-Chengban-2025');
    const other = await handler.api('GET', '/api/v1/agencies/lcx-jyj');
    expect(other.statusCode).toBe(403);
    expect(other.json()).toEqual({ error: { code: 'access_denied', message: expect.stringMatching(/[\u4e00-\u9fff]/) } });
    const unknown = await handler.api('GET', '/api/v1/agencies/no-such');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('documents every agency, account and audit route in the OpenAPI document, with request schemas', async () => {
    const document = (await current().browser().get('/api/v1/openapi.json')).json() as { paths: Record<string, Record<string, { requestBody?: { content: Record<string, { schema: { properties?: object } }> } }>> };
    const paths = Object.keys(document.paths);
    for (const path of ['/api/v1/agencies', '/api/v1/agencies/{agencyCode}', '/api/v1/accounts', '/api/v1/accounts/{accountId}/password-reset', '/api/v1/accounts/{accountId}/roles/{grantId}', '/api/v1/audit-entries']) {
      expect(paths).toContain(path);
    }
    const patch = document.paths['/api/v1/agencies/{agencyCode}']!['patch']!;
    expect(Object.keys(patch.requestBody!.content['application/json']!.schema.properties ?? {})).toEqual(
      expect.arrayContaining(['officeName', 'address', 'postcode', 'phone', 'email', 'hours', 'creditCode']),
    );
  });
});
