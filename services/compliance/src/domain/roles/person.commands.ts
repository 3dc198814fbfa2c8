import type { IsoInstant } from '../time';

/** The claims a user's identity token carried when they called the service. */
export interface PersonClaims {
  tenant: string;
  userId: string;
  name: string;
  nip: string;
  /** The jabatan of their highest role, as the token's role claim names it. */
  jabatan: string;
  roles: string[];
}

/** Records the claims a user's token carried; nothing is recorded while they are unchanged. */
export interface ObservePersonClaims {
  type: 'ObservePersonClaims';
  claims: PersonClaims;
  at: IsoInstant;
}

export type PersonCommand = ObservePersonClaims;
