import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { SetHolidayYearRequest } from './set-holiday-year.request.dto';

export class SetHolidayYearCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly tenant: string,
    readonly year: number,
    readonly body: SetHolidayYearRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
