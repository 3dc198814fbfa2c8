import type { AuthenticatedUser } from '@jejak/nest-platform';

export class SubmitSopCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly version: number,
    readonly expectedRevision: number | undefined,
  ) {}
}
