import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GetDinasCalendarQuery {
  constructor(readonly user: AuthenticatedUser, readonly tenant: string) {}
}
