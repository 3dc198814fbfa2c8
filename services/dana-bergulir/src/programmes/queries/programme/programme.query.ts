import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetProgrammeQuery {
  constructor(readonly user: AuthenticatedUser, readonly id: string) {}
}
