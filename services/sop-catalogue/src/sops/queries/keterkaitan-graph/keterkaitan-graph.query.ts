import type { AuthenticatedUser } from '@jejak/nest-platform';

export class KeterkaitanGraphQuery {
  constructor(readonly user: AuthenticatedUser, readonly tenant: string | undefined) {}
}
