import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ReturnDraftCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly catatan: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
