import type { AuthenticatedUser } from '@jejak/nest-platform';

export class RecordRepaymentCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly paidOn: string,
    readonly amount: number,
    readonly bankReference: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
