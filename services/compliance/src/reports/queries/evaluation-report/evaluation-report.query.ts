import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { ReportFormat } from '../../rendering';
import type { ReportRequest } from '../../report-request.dto';

export class EvaluationReportQuery {
  constructor(readonly user: AuthenticatedUser, readonly request: ReportRequest, readonly format: ReportFormat) {}
}
