/**
 * Errors raised at the HTTP edge itself (no session, bad CSRF token, malformed request). They are
 * DomainErrors with stable codes, so `errors.ts` maps them with everything else, in one place.
 */
import { DomainError } from '../domain/errors.ts';
import type { Issue } from '../domain/accounts/issue.ts';

export class UnauthenticatedError extends DomainError {
  constructor() {
    super('unauthenticated', '请先登录。');
  }
}

/** While `must_change_password` is set, only the password page (and sign-out) can be used. */
export class PasswordChangeRequiredError extends DomainError {
  constructor() {
    super('password_change_required', '首次登录或密码被重置后，须先修改密码才能继续使用。');
  }
}

export class CsrfError extends DomainError {
  constructor() {
    super('csrf_failed', '页面已过期或请求来源无法验证，请刷新页面后重试。');
  }
}

/** A record that does not exist — or that the caller may not know exists. */
export class NotFoundError extends DomainError {
  constructor(message = '您要找的内容不存在。') {
    super('not_found', message);
  }
}

/** Input that breaks the route's schema; `issues` say what, field by field, in Chinese. */
export class ValidationError extends DomainError {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], message = '提交的内容有误，请检查后重试。') {
    super('validation_failed', message);
    this.issues = issues;
  }
}

/** A request that cannot be read at all (invalid UTF-8, wrong content type, too large). */
export class BadRequestError extends DomainError {
  readonly statusCode: 400 | 413 | 415;
  constructor(code: string, message: string, statusCode: 400 | 413 | 415 = 400) {
    super(code, message);
    this.statusCode = statusCode;
  }
}
