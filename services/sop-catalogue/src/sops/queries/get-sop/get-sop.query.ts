import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetSopQuery {
  constructor(readonly user: AuthenticatedUser, readonly sopId: string) {}
}
