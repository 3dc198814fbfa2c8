import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ReportFollowUpRequest } from './report-follow-up.request.dto';

export class ReportFollowUpCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly letterId: string,
    readonly disposisiId: string,
    readonly body: ReportFollowUpRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
