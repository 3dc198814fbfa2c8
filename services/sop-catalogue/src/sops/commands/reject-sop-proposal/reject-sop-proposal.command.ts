import type { AuthenticatedUser } from '@jejak/nest-platform';

export class RejectSopProposalCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly version: number,
    readonly proposalId: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
