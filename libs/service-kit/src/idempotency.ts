import { createHash } from 'node:crypto';
import { illegalState, validationError, type DomainError } from '@jejak/domain-kit';
import { v5 as uuidv5, validate as isUuid } from 'uuid';

/**
 * Retryable creates. A create that makes its own id on the server cannot be retried safely (the
 * first attempt may have committed without the client hearing of it). The client therefore either
 * chooses the id (a UUID) or sends an `Idempotency-Key`; the id is then the same on every retry, and
 * the pipeline's `idempotency` option (see ExecuteOptions) returns the first outcome instead of a
 * conflict when the stream it finds was written by the same request.
 */

/** Namespace of ids derived from an Idempotency-Key (UUID v5). */
export const IDEMPOTENT_CREATE_NAMESPACE = '1b4f0c2e-5a8d-5b7e-9c3a-6f2d8e4a1c90';
/** Namespace of the event ids the pipeline derives from a request fingerprint (UUID v5). */
export const IDEMPOTENT_EVENT_NAMESPACE = '7c9e2f14-3b6a-5d81-a0f5-2e8b4c6d9a37';

export interface CreateIdInput {
  /** The caller's dinas: keys of different dinas never meet. */
  tenant: string;
  /** An id the client chose (e.g. `sopId` in the body); must be a UUID. */
  clientId?: string | null;
  /** The `Idempotency-Key` header (already validated by `@IdempotencyKey()`). */
  idempotencyKey?: string | null;
  /** A fresh id when the client gave neither. */
  newId: () => string;
  /** The body field named in the 400 when `clientId` is not a UUID; default `id`. */
  field?: string;
}

/**
 * The id of a new aggregate: the client's UUID when given (400 naming `field` otherwise), else a
 * UUID v5 of tenant + Idempotency-Key (the same key always gives the same id), else `newId()`.
 */
export function createIdFor(input: CreateIdInput): string {
  const { tenant, clientId, idempotencyKey, newId } = input;
  if (clientId !== undefined && clientId !== null) {
    if (typeof clientId !== 'string' || !isUuid(clientId)) {
      const field = input.field ?? 'id';
      throw validationError('INVALID_ID', `${field} harus berupa UUID`, [{ field, message: `${field} harus berupa UUID` }]);
    }
    return clientId.toLowerCase();
  }
  if (idempotencyKey !== undefined && idempotencyKey !== null && idempotencyKey !== '') {
    return uuidv5(`${tenant}\n${idempotencyKey}`, IDEMPOTENT_CREATE_NAMESPACE);
  }
  return newId();
}

/** JSON with object keys sorted, so equal content always gives equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const sorted: Record<string, unknown> = {};
      for (const k of Object.keys(v as Record<string, unknown>).sort()) sorted[k] = (v as Record<string, unknown>)[k];
      return sorted;
    }
    return v;
  });
}

/**
 * A fingerprint of one request: SHA-256 of the canonical JSON of what makes it "the same request"
 * (the user, the route, the body as the client sent it — never server time or server ids).
 *
 *     requestFingerprint({ op: 'POST /sops', user: user.id, tenant: user.tenant, body: dto })
 */
export function requestFingerprint(parts: unknown): string {
  return createHash('sha256').update(canonicalJson(parts)).digest('hex');
}

/** The id of the `index`-th event a request with this fingerprint appends to `stream`. */
export function idempotentEventId(stream: string, fingerprint: string, index: number): string {
  return uuidv5(`${stream}\n${fingerprint}\n${index}`, IDEMPOTENT_EVENT_NAMESPACE);
}

/** 409: the id or key was already used by a different request. */
export function idempotencyKeyReused(name: string): DomainError {
  return illegalState(
    'IDEMPOTENCY_KEY_REUSED',
    `${name} dengan id atau Idempotency-Key ini sudah dibuat oleh permintaan lain (isi atau pengguna berbeda); gunakan id atau kunci baru`,
  );
}
