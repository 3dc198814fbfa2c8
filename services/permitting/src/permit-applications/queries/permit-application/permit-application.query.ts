import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetPermitApplicationQuery {
  constructor(readonly user: AuthenticatedUser, readonly id: string, readonly now: Date) {}
}
