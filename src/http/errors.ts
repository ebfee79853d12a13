/**
 * THE one error mapping of the HTTP edge: DomainError code → status. The JSON API answers
 * `{ error: { code, message } }` (plus `issues` for invalid input); pages get a friendly Chinese
 * page in their layout; a missing session sends a page to /login. Unknown errors are logged with
 * the request id and answered with a 500 that reveals nothing.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { Issue } from '../domain/accounts/issue.ts';
import { DomainError } from '../domain/errors.ts';
import { ErrorPage } from '../views/pages/error-page.tsx';
import { BadRequestError, ValidationError } from './http-errors.ts';
import { renderPage } from './render-page.tsx';
import { isApiRequest } from './route-access.ts';
import { issuesFromSchemaErrors } from './validation.ts';

export interface ErrorAnswer {
  status: number;
  code: string;
  message: string;
  issues?: readonly Issue[];
}

/** Codes with a fixed status. Codes not listed fall to the suffix rules, then to 500. */
const statusByCode: Record<string, number> = {
  unauthenticated: 401,
  access_denied: 403,
  password_change_required: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  validation_failed: 422,
  account_locked: 423,
  rate_limited: 429,
  database_unavailable: 503,
};

/** For codes other modules add: `agency_not_found` → 404, `username_taken` → 409, … */
const statusBySuffix: readonly [RegExp, number][] = [
  [/_not_found$/, 404],
  [/_(conflict|taken|exists|in_use)$/, 409],
  [/_(denied|forbidden)$/, 403],
  [/_(invalid|rejected)$/, 422],
  // Dotted codes of the application domain: a step or date the case cannot take now is a conflict
  // with its state; bad stored data (application.invalidCaseSummary) stays a 500.
  [/^[a-z]+\.notFound$/, 404],
  [/^(application\.(?!invalidCaseSummary$)|deadline\.|calendar\.unknownYear$)/, 409],
  [/^(calendar\.invalid|reply_type_mismatch$)/, 422],
  // 主动公开: bad input (`info.invalid…`, `register.invalid…`) is 422; a review step, a duplicate
  // 索引号 or a register event the item's state does not allow is a conflict.
  [/^(info|register|catalog|art20|classification|search)\.invalid/, 422],
  [/^(info|register|catalog|art20|classification)\./, 409],
];

const fastifyErrorAnswers: Record<string, Omit<ErrorAnswer, 'issues'>> = {
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'payload_too_large', message: '提交的内容过大，超过了 1 MB 的上限。' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'unsupported_media_type', message: '不支持此种提交格式，请使用表单或 JSON（UTF-8）。' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'bad_request', message: '请求内容为空，缺少 JSON 数据。' },
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'bad_request', message: '请求内容不是有效的 JSON。' },
};

export const internalErrorMessage = '服务器内部错误，请稍后再试。如问题持续，请联系系统管理员。';
const unavailableMessage = '服务暂时不可用，请稍后再试。';

/** How an error is answered, or null when it is unexpected (a 500). */
export function describeError(error: unknown): ErrorAnswer | null {
  if (error instanceof ValidationError) return { status: 422, code: error.code, message: error.message, issues: error.issues };
  if (error instanceof BadRequestError) return { status: error.statusCode, code: error.code, message: error.message };
  if (error instanceof DomainError) {
    const status = statusOfCode(error.code);
    return status === null ? null : { status, code: error.code, message: error.message };
  }
  return describeFastifyError(error);
}

export function statusOfCode(code: string): number | null {
  return statusByCode[code] ?? statusBySuffix.find(([pattern]) => pattern.test(code))?.[1] ?? null;
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler(async (error, request, reply) => answerError(error, request, reply));
  app.setNotFoundHandler(async (request, reply) =>
    answerError(new DomainError('not_found', '您要找的页面或接口不存在。'), request, reply),
  );
}

async function answerError(error: unknown, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const answer = describeError(error);
  if (answer === null || answer.status >= 500) {
    request.log.error({ err: error }, 'request failed');
  } else if (answer.status !== 404) {
    request.log.info({ code: answer.code, status: answer.status }, 'request refused');
  }
  const final = publicAnswer(answer);
  if (isApiRequest(request)) return sendJsonError(reply, final);
  const redirect = redirectFor(final.code, request);
  if (redirect !== null) return reply.redirect(redirect, 303);
  return sendErrorPage(request, reply, final);
}

/** What the client is told: for a 5xx never the error's own message (it may name hosts, tables, files). */
function publicAnswer(answer: ErrorAnswer | null): ErrorAnswer {
  if (answer === null) return { status: 500, code: 'internal_error', message: internalErrorMessage };
  if (answer.status === 503) return { status: 503, code: answer.code, message: unavailableMessage };
  if (answer.status >= 500) return { status: answer.status, code: 'internal_error', message: internalErrorMessage };
  return answer;
}

export function sendJsonError(reply: FastifyReply, answer: ErrorAnswer): FastifyReply {
  const { code, message, issues } = answer;
  const body = issues === undefined ? { error: { code, message } } : { error: { code, message, issues } };
  return reply.status(answer.status).type('application/json; charset=utf-8').send(body);
}

/** A page that needs a session goes to the sign-in page, and comes back afterwards. */
function redirectFor(code: string, request: FastifyRequest): string | null {
  if (code === 'password_change_required') return '/console/password';
  if (code !== 'unauthenticated') return null;
  const query = new URLSearchParams();
  if (request.method === 'GET') query.set('next', request.url);
  if (request.sessionEnd !== null) query.set('ended', request.sessionEnd);
  const text = query.toString();
  return text === '' ? '/login' : `/login?${text}`;
}

async function sendErrorPage(request: FastifyRequest, reply: FastifyReply, answer: ErrorAnswer): Promise<FastifyReply> {
  const isConsole = request.url.startsWith('/console');
  const links = isConsole ? [{ href: '/console', label: '返回工作台' }] : [{ href: '/', label: '返回首页' }];
  const page = h(ErrorPage, { status: answer.status, message: answer.message, issues: answer.issues ?? [], links });
  try {
    return await renderPage(reply, page, { title: `错误 ${answer.status}`, layout: isConsole ? 'console' : 'portal', status: answer.status });
  } catch (renderError) {
    // The page itself failed (the database is down): a plain answer still tells the person something.
    request.log.error({ err: renderError }, 'error page failed');
    return reply.status(answer.status).type('text/plain; charset=utf-8').send(`${answer.status} ${answer.message}`);
  }
}

function describeFastifyError(error: unknown): ErrorAnswer | null {
  if (typeof error !== 'object' || error === null) return null;
  const fastifyError = error as Partial<FastifyError>;
  if (Array.isArray(fastifyError.validation)) {
    return { status: 400, code: 'validation_failed', message: '提交的内容有误，请检查后重试。', issues: issuesFromSchemaErrors(fastifyError.validation, fastifyError.validationContext) };
  }
  const known = fastifyError.code === undefined ? undefined : fastifyErrorAnswers[fastifyError.code];
  if (known !== undefined) return known;
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return { status, code: 'bad_request', message: '请求格式不正确，无法处理。' };
  }
  return null;
}
