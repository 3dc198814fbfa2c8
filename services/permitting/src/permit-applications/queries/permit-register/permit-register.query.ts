import type { AuthenticatedUser } from '@jejak/nest-platform';

/** The register (buku register) of one permit type in the caller's dinas, for a year of registration. */
export class GetPermitRegisterQuery {
  constructor(readonly user: AuthenticatedUser, readonly code: string, readonly year: number) {}
}
