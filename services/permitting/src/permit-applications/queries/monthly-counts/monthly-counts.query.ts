import type { AuthenticatedUser } from '@jejak/nest-platform';

/** Per permit type, the counts of one month in the caller's dinas. */
export class GetMonthlyCountsQuery {
  constructor(readonly user: AuthenticatedUser, readonly month: string) {}
}
