import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import type { NoticeDeficiencyRequest } from './notice-deficiency.request.dto';

export class NoticeDeficiencyCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: PermitApplicationParams,
    readonly body: NoticeDeficiencyRequest,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
