/** Typed domain errors. Only the API error handler maps them to HTTP (problem+json). */
export class DomainError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }
}

/**
 * Why an input file is refused, as a closed set: the API's status table (src/api/errors.ts) is keyed by it, so a
 * reworded reason never changes a status. A new kind of refusal: add it here, then its status there.
 */
export const INPUT_ERROR_KINDS = [
  'empty',
  'too-large',
  'unsupported-type',
  'corrupt',
  'encrypted',
  'no-text',
  'no-text-layer',
  'time-limit',
  'memory-limit',
  'nesting',
  'unsafe-xml',
  'wrong-schema',
  'zip-bomb',
  'too-many-entries',
  'too-many-elements',
  'parser-failed',
  'extraction-failed',
  'not-found',
  'unreadable',
] as const;
export type InputErrorKind = (typeof INPUT_ERROR_KINDS)[number];

/** The input file cannot be used: empty, corrupt, encrypted, too large, unknown type, no text layer… */
export class InputError extends DomainError {
  constructor(
    readonly file: string,
    readonly kind: InputErrorKind,
    readonly reason: string,
    options?: { cause?: unknown },
  ) {
    super(`${file}: ${reason}`, options);
  }
}

/** A request parameter or field is invalid. */
export class ValidationError extends DomainError {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
  }
}

/** A named thing does not exist (entity, document, agency, resolution). */
export class NotFoundError extends DomainError {
  constructor(
    readonly kind: string,
    readonly key: string,
    /** Close matches the user may have meant (several dated meetings of a series, say). */
    readonly suggestions: readonly string[] = [],
  ) {
    super(`${kind} not found: ${key}${suggestions.length > 0 ? ` (did you mean ${suggestions.join(', ')}?)` : ''}`);
  }
}

/** The store failed or is unreachable; carries the engine's own code when there is one. */
export class StoreError extends DomainError {
  constructor(
    message: string,
    readonly code: string | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The embedded store's file is held by another process (a running server, another ingest). */
export class StoreLockedError extends StoreError {
  constructor(
    readonly path: string,
    code: string | null,
    options?: { cause?: unknown },
  ) {
    super(`the embedded store ${path} is in use by another process`, code, options);
  }
}

/** A write conflicted with another writer; safe to retry. */
export class StoreConflictError extends StoreError {}

/** The service cannot take the work now (it is shutting down); the same request may succeed later. */
export class ServiceUnavailableError extends DomainError {
  constructor(
    message: string,
    /** When a retry makes sense, for the client's Retry-After. */
    readonly retryAfterSeconds: number,
  ) {
    super(message);
  }
}

/** Writes are refused: no API token configured, or a wrong one. */
export class UnauthorizedError extends DomainError {}

/** The request is understood but refused by policy (e.g. writes disabled because no API token is configured). */
export class ForbiddenError extends DomainError {}
