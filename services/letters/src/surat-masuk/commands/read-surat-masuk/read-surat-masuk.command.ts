import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ReadSuratMasukCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
