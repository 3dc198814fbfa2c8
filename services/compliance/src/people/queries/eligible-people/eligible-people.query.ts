import type { AuthenticatedUser } from '@jejak/nest-platform';

export class EligiblePeopleQuery {
  constructor(readonly user: AuthenticatedUser, readonly caseId: string, readonly stepKey: string) {}
}
