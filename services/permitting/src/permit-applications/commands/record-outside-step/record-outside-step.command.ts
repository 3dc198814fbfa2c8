import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { PermitApplicationParams } from '../../dto/permit-application-params.dto';
import type { RecordOutsideStepRequest } from './record-outside-step.request.dto';

export class RecordOutsideStepCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly params: PermitApplicationParams,
    readonly body: RecordOutsideStepRequest,
    /** From If-Match. */
    readonly expectedRevision: number | undefined,
  ) {}
}
