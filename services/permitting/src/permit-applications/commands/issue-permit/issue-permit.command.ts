import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import type { IssuePermitRequest } from './issue-permit.request.dto';

export class IssuePermitCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: PermitApplicationParams,
    readonly body: IssuePermitRequest,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
