import type { AuthenticatedUser } from '@jejak/nest-platform';

export class DisburseLoanCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly disbursedOn: string,
    readonly bankReference: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
