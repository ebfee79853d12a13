/** The JSON API's documentation: every path and method with its summary and schemas. */

export interface ApiOperation {
  method: string;
  path: string;
  summary: string;
  description: string;
  /** Parameters and request body, as pretty JSON. */
  request: string;
  /** Responses by status, as pretty JSON. */
  responses: string;
}

export function ApiDocsPage({ operations }: { operations: readonly ApiOperation[] }) {
  return (
    <article class="api-docs">
      <h1>接口文档（API v1）</h1>
      <p class="lead">
        机器可读的 OpenAPI 3 文档：<a href="/api/v1/openapi.json">/api/v1/openapi.json</a>。接口使用登录后的会话
        Cookie 认证；修改数据的请求须在 <code>x-csrf-token</code> 请求头中带上会话的防伪令牌。错误统一返回{' '}
        <code>{'{ "error": { "code", "message" } }'}</code>。
      </p>
      <nav aria-label="接口列表">
        <ul class="link-list">
          {operations.map((op) => (
            <li key={`${op.method} ${op.path}`}>
              <a href={`#${anchorOf(op)}`}>
                <code>
                  {op.method} {op.path}
                </code>
              </a>{' '}
              {op.summary}
            </li>
          ))}
        </ul>
      </nav>
      {operations.map((op) => (
        <section key={`${op.method} ${op.path}`} id={anchorOf(op)} class="api-operation" aria-labelledby={`${anchorOf(op)}-title`}>
          <h2 id={`${anchorOf(op)}-title`}>
            <code>
              {op.method} {op.path}
            </code>
          </h2>
          {op.summary === '' ? null : <p>{op.summary}</p>}
          {op.description === '' ? null : <p>{op.description}</p>}
          <h3>请求</h3>
          <pre>{op.request}</pre>
          <h3>响应</h3>
          <pre>{op.responses}</pre>
        </section>
      ))}
    </article>
  );
}

function anchorOf(op: ApiOperation): string {
  return `${op.method}-${op.path}`.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}
