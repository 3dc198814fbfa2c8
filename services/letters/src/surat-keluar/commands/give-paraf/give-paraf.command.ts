import type { AuthenticatedUser } from '@jejak/nest-platform';

export class GiveParafCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly catatan: string | undefined,
    readonly expectedRevision: number | undefined,
  ) {}
}
