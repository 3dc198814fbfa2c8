import type { SopContent } from '@jejak/contracts';
import type { AuthenticatedUser } from '@jejak/nest-platform';

export class EditSopDraftCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly version: number,
    readonly content: SopContent,
    readonly expectedRevision: number | undefined,
  ) {}
}
