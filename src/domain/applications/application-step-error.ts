import { DomainError } from '../errors.ts';
import type { CaseEventKind } from './case-event.ts';

/**
 * A step that may not be recorded now (a second correction notice, a payment without a fee notice,
 * anything after the case ended). Codes are stable, `application.*`; the HTTP edge maps them to 409.
 */
export class ApplicationStepError extends DomainError {
  readonly step: CaseEventKind;
  constructor(code: `application.${string}`, message: string, step: CaseEventKind) {
    super(code, message);
    this.step = step;
  }
}
