import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetSuratKeluarQuery {
  constructor(readonly user: AuthenticatedUser, readonly letterId: string) {}
}
