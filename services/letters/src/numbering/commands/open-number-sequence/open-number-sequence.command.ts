import type { AuthenticatedUser } from '@jejak/nest-platform';

export class OpenNumberSequenceCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sequence: string,
    readonly year: number,
    readonly lastIssued: number,
  ) {}
}
