import type { Role } from './role';

/** The user behind a verified token. Tenant and roles come from the token only. */
export interface AuthenticatedUser {
  /** The token's subject (`sub` by default). */
  userId: string;
  /** Nomor Induk Pegawai; empty when the token does not carry it. */
  nip: string;
  name: string;
  /** Known roles, highest first; unknown role strings of the token are dropped. */
  roles: Role[];
  /** Kemendagri region code of the user's dinas, e.g. `35.01`. */
  tenant: string;
}
