import type { AuthenticatedUser } from '@jejak/nest-platform';

export class DiffSopVersionsQuery {
  constructor(readonly user: AuthenticatedUser, readonly sopId: string, readonly from: number, readonly to: number) {}
}
