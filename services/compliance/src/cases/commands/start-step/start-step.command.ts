import type { AuthenticatedUser } from '@jejak/nest-platform';

export class StartStepCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly caseId: string,
    readonly stepKey: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
