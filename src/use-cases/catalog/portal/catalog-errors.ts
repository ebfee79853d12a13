/** Refusals of the public catalogue; the HTTP edge maps the codes (catalog.notFound → 404, catalog.invalid… → 422). */
import { DomainError } from '../../../domain/errors.ts';

export class CatalogNotFoundError extends DomainError {
  constructor(message: string) {
    super('catalog.notFound', message);
  }
}

/** A filter value that is well formed but names nothing (an agency or a classification that does not exist). */
export class CatalogFilterError extends DomainError {
  constructor(message: string) {
    super('catalog.invalidFilter', message);
  }
}
