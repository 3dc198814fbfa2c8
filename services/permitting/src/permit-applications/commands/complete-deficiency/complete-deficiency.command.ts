import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitApplicationParams } from '../../dto/permit-application-params.dto';

export class CompleteDeficiencyCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: PermitApplicationParams,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
