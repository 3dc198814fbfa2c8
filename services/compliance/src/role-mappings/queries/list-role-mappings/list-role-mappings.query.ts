import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ListRoleMappingsQuery {
  constructor(readonly user: AuthenticatedUser, readonly tenant: string) {}
}
