/** Rule violations and not-found of the administration use cases; the HTTP edge maps the codes. */
import { DomainError } from '../domain/errors.ts';

/**
 * A record that does not exist. Also thrown for records outside the caller's scope where telling
 * "exists but not yours" apart would leak nothing useful (the agency tree is public anyway).
 */
export class RecordNotFoundError extends DomainError {
  constructor(message: string) {
    super('not_found', message);
  }
}

/**
 * Refused by a rule on top of the access table (三员分立 on passwords and 三员 grants, no acting on
 * one's own account): answered like any other refusal, 403 `access_denied`, with its own message.
 */
export class AdministrationDeniedError extends DomainError {
  constructor(message: string) {
    super('access_denied', message);
  }
}
