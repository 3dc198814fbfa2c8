import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ReturnProposalIncompleteCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly missing: string[],
    readonly note: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
