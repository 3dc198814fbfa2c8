import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetLoanProductQuery {
  constructor(readonly user: AuthenticatedUser, readonly id: string) {}
}
