import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetNaskahKeluarQuery {
  constructor(readonly user: AuthenticatedUser, readonly letterId: string) {}
}
