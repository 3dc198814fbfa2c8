import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import type { RefuseApplicationRequest } from './refuse-application.request.dto';

export class RefuseApplicationCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: PermitApplicationParams,
    readonly body: RefuseApplicationRequest,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
