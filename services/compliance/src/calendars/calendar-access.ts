import { notFound } from '@jejak/domain-kit';
import { assertCanWrite, canRead, type AuthenticatedUser } from '@jejak/nest-platform';

/** A dinas's calendar the user may not read is not found, exactly like a dinas that does not exist (no existence leak). */
export function assertCalendarReadable(user: AuthenticatedUser, tenant: string): void {
  if (!canRead(user, tenant)) throw notFound('CALENDAR_NOT_FOUND', `Kalender kerja dinas wilayah ${tenant} tidak ditemukan`);
}

/** Writes: not found outside what the user reads; then only the dinas's own writers (a read-only role is a 403). */
export function assertCalendarWritable(user: AuthenticatedUser, tenant: string): void {
  assertCalendarReadable(user, tenant);
  assertCanWrite(user, tenant);
}
