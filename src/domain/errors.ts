/** Rule violations and not-found, thrown with a stable machine code; the edges map codes to statuses/exit codes. */
export class DomainError extends Error {
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** An input that cannot be read as a report at all (not a document, corrupt, too large). */
export class UnreadableInputError extends DomainError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('unreadable_input', message, options);
  }
}
