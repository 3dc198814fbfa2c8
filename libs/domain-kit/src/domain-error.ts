/**
 * The kinds of domain failure. They are mapped to HTTP only at the edge (RFC 7807):
 * validation 400, forbidden 403, not_found 404, illegal_state 409, concurrency 409/412.
 */
export type DomainErrorKind = 'validation' | 'forbidden' | 'not_found' | 'illegal_state' | 'concurrency';

export interface DomainErrorDetail {
  /** The field, step or path the problem is about, e.g. `steps[3].pelaksana`. */
  field?: string;
  message: string;
}

/** A failure with a stable, machine-readable code (e.g. `SOP_INCOMPLETE`). */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
    readonly details: DomainErrorDetail[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const validationError = (code: string, message: string, details: DomainErrorDetail[] = []) =>
  new DomainError('validation', code, message, details);
export const notFound = (code: string, message: string) => new DomainError('not_found', code, message);
export const illegalState = (code: string, message: string, details: DomainErrorDetail[] = []) =>
  new DomainError('illegal_state', code, message, details);
export const forbidden = (code: string, message: string) => new DomainError('forbidden', code, message);

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
