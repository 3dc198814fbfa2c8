import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import type { RecordInspectionRequest } from './record-inspection.request.dto';

export class RecordInspectionCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: PermitApplicationParams,
    readonly body: RecordInspectionRequest,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
