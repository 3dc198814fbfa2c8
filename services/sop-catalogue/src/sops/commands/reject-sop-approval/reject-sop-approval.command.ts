import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { RejectSopApprovalRequest } from './reject-sop-approval.request.dto';

export class RejectSopApprovalCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly version: number,
    readonly body: RejectSopApprovalRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
