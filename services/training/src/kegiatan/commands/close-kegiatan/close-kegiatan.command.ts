import type { AuthenticatedUser } from '@jejak/nest-platform';

export class CloseKegiatanCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly reason: string,
    /** From If-Match: the revision the client read. */
    readonly expectedRevision: number | undefined,
  ) {}
}
