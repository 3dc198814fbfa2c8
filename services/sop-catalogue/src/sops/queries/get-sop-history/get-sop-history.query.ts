import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetSopHistoryQuery {
  constructor(readonly user: AuthenticatedUser, readonly sopId: string) {}
}
