import type { AuthenticatedUser } from '@jejak/nest-platform';

/** The caller's dinas's permit type: the version in force on `asOf` (default: every version, the latest last). */
export class GetPermitTypeQuery {
  constructor(readonly user: AuthenticatedUser, readonly code: string, readonly asOf: string | undefined) {}
}
