import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetSopGapsQuery {
  constructor(readonly user: AuthenticatedUser, readonly sopId: string, readonly version: number | undefined) {}
}
