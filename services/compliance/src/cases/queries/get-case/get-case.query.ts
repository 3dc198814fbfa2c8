import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetCaseQuery {
  constructor(readonly user: AuthenticatedUser, readonly caseId: string) {}
}
