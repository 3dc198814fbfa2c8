import type { AuthenticatedUser } from '@jejak/nest-platform';

export class AcknowledgeDisposisiCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly disposisiId: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
