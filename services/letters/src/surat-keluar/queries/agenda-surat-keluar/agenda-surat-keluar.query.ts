import type { AuthenticatedUser } from '@jejak/nest-platform';

export class AgendaSuratKeluarQuery {
  constructor(readonly user: AuthenticatedUser, readonly year: number | undefined) {}
}
