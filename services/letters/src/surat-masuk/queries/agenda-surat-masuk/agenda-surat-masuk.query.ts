import type { AuthenticatedUser } from '@jejak/nest-platform';

export class AgendaSuratMasukQuery {
  constructor(readonly user: AuthenticatedUser, readonly year: number | undefined) {}
}
