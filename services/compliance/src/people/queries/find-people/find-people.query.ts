import type { AuthenticatedUser } from '@jejak/nest-platform';

export class FindPeopleQuery {
  constructor(readonly user: AuthenticatedUser, readonly tenant: string, readonly q: string | undefined, readonly limit: number) {}
}
