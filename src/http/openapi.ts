/**
 * The OpenAPI 3 document of the JSON API, built from the route schemas (@fastify/swagger), at
 * `/api/v1/openapi.json`, and a plain server-rendered docs page at `/api/v1/docs` (no Swagger UI
 * bundle: no script is needed to read it). Only routes under /api/v1 are documented.
 */
import swagger from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { h } from 'preact';
import { z } from 'zod';
import { ApiDocsPage, type ApiOperation } from '../views/pages/api-docs-page.tsx';
import { renderPage } from './render-page.tsx';

export const apiPrefix = '/api/v1';

/** A zod schema as the JSON Schema of a route (`schema: { body: jsonSchemaOf(MySchema) }`). */
export function jsonSchemaOf(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return json;
}

/** The error answer every API route may give: `{ error: { code, message } }`. */
export const errorResponseSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', description: '稳定的错误代码，例如 unauthenticated、access_denied' },
        message: { type: 'string', description: '中文说明' },
        issues: {
          type: 'array',
          items: { type: 'object', properties: { code: { type: 'string' }, path: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
} as const;

export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: '政府信息公开平台 API', version: 'v1', description: '会话 Cookie（gk_session）认证；修改数据的请求须带 x-csrf-token 请求头。' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'gk_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: ({ schema, url }) => {
      const isDocumented = url.startsWith(`${apiPrefix}/`) && !['/openapi.json', '/docs'].some((p) => url === `${apiPrefix}${p}`);
      return { schema: isDocumented ? schema : { ...schema, hide: true }, url };
    },
  });
}

export function registerOpenApiRoutes(app: FastifyInstance): void {
  const access = { kind: 'public' } as const;
  app.get(`${apiPrefix}/openapi.json`, { config: { access } }, async () => app.swagger());
  app.get(`${apiPrefix}/docs`, { config: { access } }, async (_request, reply) => {
    const operations = listOperations(app.swagger() as OpenApiDocument);
    return renderPage(reply, h(ApiDocsPage, { operations }), { title: '接口文档', layout: 'portal' });
  });
}

interface OpenApiDocument {
  paths?: Record<string, Record<string, { summary?: string; description?: string; requestBody?: unknown; parameters?: unknown; responses?: unknown }>>;
}

const httpMethods = ['get', 'post', 'put', 'patch', 'delete'];

export function listOperations(document: OpenApiDocument): ApiOperation[] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => httpMethods.includes(method))
      .map(([method, operation]) => ({
        method: method.toUpperCase(),
        path,
        summary: operation.summary ?? '',
        description: operation.description ?? '',
        request: JSON.stringify({ parameters: operation.parameters, requestBody: operation.requestBody }, null, 2),
        responses: JSON.stringify(operation.responses ?? {}, null, 2),
      })),
  );
}
