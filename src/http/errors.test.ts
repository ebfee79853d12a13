import { describe, expect, it } from 'vitest';
import { AccessDeniedError } from '../domain/access/access-denied-error.ts';
import { DomainError } from '../domain/errors.ts';
import { describeError, statusOfCode } from './errors.ts';
import { BadRequestError, CsrfError, NotFoundError, PasswordChangeRequiredError, UnauthenticatedError, ValidationError } from './http-errors.ts';

describe('describeError', () => {
  it.each([
    [new UnauthenticatedError(), 401, 'unauthenticated'],
    [new AccessDeniedError('audit.read', 'notPermitted'), 403, 'access_denied'],
    [new PasswordChangeRequiredError(), 403, 'password_change_required'],
    [new CsrfError(), 403, 'csrf_failed'],
    [new NotFoundError(), 404, 'not_found'],
    [new ValidationError([]), 422, 'validation_failed'],
    [new BadRequestError('invalid_utf8', '编码错误'), 400, 'invalid_utf8'],
    [new DomainError('agency_not_found', '没有该机关'), 404, 'agency_not_found'],
    [new DomainError('username_taken', '用户名已被使用'), 409, 'username_taken'],
    [new DomainError('database_unavailable', '无法连接数据库 db.internal:5432'), 503, 'database_unavailable'],
  ])('maps %o to %i', (error, status, code) => {
    expect(describeError(error)).toMatchObject({ status, code });
  });

  it('treats unknown errors and unmapped domain codes as unexpected (a 500)', () => {
    expect(describeError(new Error('boom'))).toBeNull();
    expect(describeError(new DomainError('invalid_audit_entry', '内部错误'))).toBeNull();
    expect(describeError('a string')).toBeNull();
  });

  it('maps the dotted codes of the application domain, and keeps bad stored data a 500', () => {
    expect(statusOfCode('application.notFound')).toBe(404);
    expect(statusOfCode('application.correctionAlreadyRequested')).toBe(409);
    expect(statusOfCode('deadline.secondExtension')).toBe(409);
    expect(statusOfCode('calendar.unknownYear')).toBe(409);
    expect(statusOfCode('calendar.invalid')).toBe(422);
    expect(statusOfCode('application.invalidCaseSummary')).toBeNull();
  });

  it('maps Fastify body errors to Chinese messages', () => {
    expect(describeError(Object.assign(new Error('too large'), { code: 'FST_ERR_CTP_BODY_TOO_LARGE', statusCode: 413 }))).toMatchObject({ status: 413, code: 'payload_too_large' });
    expect(describeError(Object.assign(new Error('x'), { statusCode: 400 }))).toMatchObject({ status: 400, message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect(statusOfCode('something_else')).toBeNull();
  });
});
