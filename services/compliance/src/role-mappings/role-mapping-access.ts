import { notFound } from '@jejak/domain-kit';
import { assertCanWrite, canRead, type AuthenticatedUser } from '@jejak/nest-platform';

/** A dinas's mapping the user may not read is not found, exactly like a dinas that does not exist (no existence leak). */
export function assertRoleMappingReadable(user: AuthenticatedUser, tenant: string): void {
  if (!canRead(user, tenant)) throw notFound('ROLE_MAPPING_NOT_FOUND', `Pemetaan jabatan dinas wilayah ${tenant} tidak ditemukan`);
}

/** Writes: not found outside what the user reads; then only the dinas's own writers. */
export function assertRoleMappingWritable(user: AuthenticatedUser, tenant: string): void {
  assertRoleMappingReadable(user, tenant);
  assertCanWrite(user, tenant);
}
