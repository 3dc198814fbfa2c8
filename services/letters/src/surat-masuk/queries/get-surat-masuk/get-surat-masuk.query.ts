import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetSuratMasukQuery {
  constructor(readonly user: AuthenticatedUser, readonly letterId: string) {}
}
