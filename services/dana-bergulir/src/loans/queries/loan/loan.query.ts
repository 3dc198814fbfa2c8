import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetLoanQuery {
  constructor(readonly user: AuthenticatedUser, readonly id: string) {}
}
