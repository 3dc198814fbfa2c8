/** The platform roles, as they appear in the verified token. */
export const ROLES = [
  'KEPALA_DINAS',
  'SEKRETARIS',
  'KEPALA_BIDANG',
  'KASI',
  'STAF',
  'PETUGAS',
  'AUDITOR',
  'PROVINCIAL_VIEWER',
] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: unknown): value is Role => typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** The user a command is issued by: taken from the verified token, never from a request body. */
export interface ActingUser {
  userId: string;
  name: string;
  roles: readonly Role[];
  /** Kemendagri region code of the user's dinas, e.g. `35.01`. */
  tenant: string;
}

/** A person as named in a letter, without a role (e.g. a Kepala Dinas to route to). */
export interface UserRef {
  userId: string;
  name: string;
}

/** A person as recorded in a fact: who, and in which role they acted (for SOP step mapping). */
export interface Person extends UserRef {
  role: Role;
}

export const personAs = (user: UserRef, role: Role): Person => ({ userId: user.userId, name: user.name, role });
export const userRefOf = (user: UserRef): UserRef => ({ userId: user.userId, name: user.name });
