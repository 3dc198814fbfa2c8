import { validationError } from '@jejak/domain-kit';

/**
 * The position after the last item of a page, in the list's order (tenant, drafted_at, sop_id): keys
 * that never change once an SOP exists, so a walk over every page sees each SOP that existed when it
 * began exactly once, whatever is written meanwhile. Opaque to clients: base64url of JSON.
 */
export interface SopListCursor {
  tenant: string;
  /** `drafted_at` as PostgreSQL prints it (microseconds and offset kept). */
  draftedAt: string;
  sopId: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:\d{2})?|Z)$/;

export function encodeCursor(cursor: SopListCursor): string {
  return Buffer.from(JSON.stringify([cursor.tenant, cursor.draftedAt, cursor.sopId]), 'utf8').toString('base64url');
}

/** The cursor a `next` link carried; anything else is a 400 naming `cursor`. */
export function decodeCursor(text: string): SopListCursor {
  const invalid = () => validationError('INVALID_CURSOR', 'cursor tidak valid', [{ field: 'cursor', message: 'cursor tidak valid; gunakan nilai next dari halaman sebelumnya' }]);
  if (!/^[A-Za-z0-9_-]+$/.test(text)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((p) => typeof p === 'string')) throw invalid();
  const [tenant, draftedAt, sopId] = parsed as string[];
  if (!/^\d{2}(\.\d{2}){0,3}$/.test(tenant) || !TIMESTAMP.test(draftedAt) || !UUID.test(sopId)) throw invalid();
  return { tenant, draftedAt, sopId };
}
