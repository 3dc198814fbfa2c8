import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ApproveLoanCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly skNumber: string,
    readonly skDate: string,
    readonly approvedAmount: number,
    readonly expectedRevision: number | undefined,
  ) {}
}
