import type { AuthenticatedUser } from '@jejak/nest-platform';

export class AcceptProposalCompleteCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly note: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
