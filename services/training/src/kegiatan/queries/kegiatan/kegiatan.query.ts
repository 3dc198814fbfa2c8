import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetKegiatanQuery {
  constructor(readonly user: AuthenticatedUser, readonly id: string) {}
}
