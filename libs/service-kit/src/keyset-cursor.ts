import { validationError } from '@jejak/domain-kit';

/**
 * Opaque keyset cursors for list endpoints: the sort key (and id) of the last row of a page, as a
 * tuple of strings (or nulls for nullable keys), carried to the client as base64url of JSON. The
 * list's own code says what a valid tuple is (`accept`); anything else is a 400 naming `cursor`.
 * The same approach as the SOP catalogue's `list-sops.cursor.ts`, shared for other services.
 */
export type KeysetCursor = readonly (string | null)[];

export const KEYSET_CURSOR_MAX_LENGTH = 600;

export function encodeKeysetCursor(keys: KeysetCursor): string {
  return Buffer.from(JSON.stringify(keys), 'utf8').toString('base64url');
}

/** The problem a cursor that no page of this list gave is answered with. */
export function invalidCursor(): Error {
  return validationError('INVALID_CURSOR', 'cursor tidak valid', [{ field: 'cursor', message: 'cursor tidak valid; gunakan nilai next dari halaman sebelumnya' }]);
}

/** Decodes a cursor of `arity` keys that `accept` approves; otherwise throws `invalidCursor()`. */
export function decodeKeysetCursor(text: string, arity: number, accept: (keys: readonly (string | null)[]) => boolean): (string | null)[] {
  if (text.length > KEYSET_CURSOR_MAX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(text)) throw invalidCursor();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== arity || !parsed.every((p) => p === null || typeof p === 'string')) throw invalidCursor();
  const keys = parsed as (string | null)[];
  if (!accept(keys)) throw invalidCursor();
  return keys;
}

/** The URL (path and query) of the next page: the request's own query with `cursor` set and any `offset` dropped. */
export function nextPageLink(originalUrl: string, next: string): string {
  const url = new URL(originalUrl, 'http://localhost');
  url.searchParams.delete('offset');
  url.searchParams.set('cursor', next);
  return `${url.pathname}${url.search}`;
}
