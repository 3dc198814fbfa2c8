import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ApproveSopRequest } from './approve-sop.request.dto';

export class ApproveSopCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly version: number,
    readonly body: ApproveSopRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
