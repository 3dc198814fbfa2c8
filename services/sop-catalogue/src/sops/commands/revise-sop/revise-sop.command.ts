import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ReviseSopCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
