import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ResubmitProposalCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly receivedOn: string,
    readonly amount: number,
    readonly purpose: string,
    readonly collateral: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
