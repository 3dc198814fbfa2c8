import type { AuthenticatedUser } from '@jejak/nest-platform';

export class OpenNumberSequenceCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sequence: string,
    readonly year: number,
    readonly lastIssued: number,
    /** The request's deadline, when the platform gives one. */
    readonly signal?: AbortSignal,
  ) {}
}
