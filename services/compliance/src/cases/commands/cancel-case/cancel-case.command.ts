import type { AuthenticatedUser } from '@jejak/nest-platform';

export class CancelCaseCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly caseId: string,
    readonly reason: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
