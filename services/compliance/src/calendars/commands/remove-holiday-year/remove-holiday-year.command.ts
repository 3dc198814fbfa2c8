import type { AuthenticatedUser } from '@jejak/nest-platform';

export class RemoveHolidayYearCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly tenant: string,
    readonly year: number,
    readonly expectedRevision: number | undefined,
  ) {}
}
