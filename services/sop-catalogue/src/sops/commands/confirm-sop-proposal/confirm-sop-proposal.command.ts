import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ConfirmSopProposalCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly version: number,
    readonly proposalId: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
