/**
 * `POST /api/v1/applications`: the public JSON API for online applications — the same fields and
 * checks as the portal form, without attachments. Answers `{ trackingNumber, queryCode, status }`:
 * 201 for a new application, 200 when the `submissionKey` had been used (the same application and
 * query code, nothing stored twice). Rate-limited per client address.
 */
import type { FastifyInstance } from 'fastify';
import { onlineApplicationSchema } from '../../../use-cases/applications/intake/application-input.ts';
import { submitApplication } from '../../../use-cases/applications/intake/submit-application.ts';
import { documentationOnly, valueOrThrow } from '../../api/accounts/administration-routing.ts';
import { errorResponseSchema, jsonSchemaOf } from '../../openapi.ts';
import { intakeDepsOf } from './intake-stores.ts';

/** Per client address and minute: one applicant never needs more; a script is slowed down. */
export const applicationApiRateLimit = { max: 20, timeWindow: '1 minute' } as const;

const submittedResponse = {
  type: 'object',
  required: ['trackingNumber', 'queryCode', 'status'],
  properties: {
    trackingNumber: { type: 'string', description: '受理编号，例如 YSQ-LCX-2026-00042' },
    queryCode: { type: 'string', description: '查询码（只返回这一次，系统只保存其摘要）' },
    status: { type: 'string', description: '办理状态：awaitingConfirmation（待确认收到）' },
  },
} as const;

export function registerIntakeApiRoutes(app: FastifyInstance): void {
  app.post(
    '/api/v1/applications',
    {
      config: { access: { kind: 'public' }, rateLimit: applicationApiRateLimit },
      schema: {
        summary: '网上提交政府信息公开申请（无需登录；同一 submissionKey 重复提交返回同一申请）',
        tags: ['依申请公开'],
        body: jsonSchemaOf(onlineApplicationSchema),
        response: { 200: submittedResponse, 201: submittedResponse, 422: errorResponseSchema, 429: errorResponseSchema },
      },
      validatorCompiler: documentationOnly,
    },
    async (request, reply) => {
      const stored = valueOrThrow(await submitApplication(intakeDepsOf(request), { input: request.body, uploads: [], ip: request.ip }));
      const { application, queryCode, isRepeat } = stored;
      return reply.status(isRepeat ? 200 : 201).send({ trackingNumber: application.trackingNumber, queryCode, status: application.status });
    },
  );
}
