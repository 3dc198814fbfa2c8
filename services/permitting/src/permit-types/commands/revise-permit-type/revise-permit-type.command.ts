import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitTypeContent } from '../../../domain';

export class RevisePermitTypeCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly code: string,
    readonly effectiveFrom: string,
    readonly content: PermitTypeContent,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
