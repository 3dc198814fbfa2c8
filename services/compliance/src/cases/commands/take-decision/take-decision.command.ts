import type { AuthenticatedUser } from '@jejak/nest-platform';

export class TakeDecisionCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly caseId: string,
    readonly stepKey: string,
    readonly answer: 'ya' | 'tidak',
    readonly expectedRevision: number | undefined,
  ) {}
}
