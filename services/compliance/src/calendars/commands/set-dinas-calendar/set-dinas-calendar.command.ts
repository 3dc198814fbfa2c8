import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { SetDinasCalendarRequest } from './set-dinas-calendar.request.dto';

export class SetDinasCalendarCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly tenant: string,
    readonly body: SetDinasCalendarRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
