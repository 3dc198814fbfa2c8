import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import type { WithdrawApplicationRequest } from './withdraw-application.request.dto';

export class WithdrawApplicationCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: PermitApplicationParams,
    readonly body: WithdrawApplicationRequest,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
