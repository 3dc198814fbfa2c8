import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetRoleMappingInForceQuery {
  constructor(readonly user: AuthenticatedUser, readonly tenant: string, readonly date: string | undefined) {}
}
