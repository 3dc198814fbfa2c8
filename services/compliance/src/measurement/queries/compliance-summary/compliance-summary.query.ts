import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ComplianceSummaryRequest } from './compliance-summary.request.dto';

export class ComplianceSummaryQuery {
  constructor(readonly user: AuthenticatedUser, readonly filter: ComplianceSummaryRequest) {}
}
