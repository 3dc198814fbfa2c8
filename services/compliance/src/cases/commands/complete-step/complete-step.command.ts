import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { CompleteStepRequest } from './complete-step.request.dto';

export class CompleteStepCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly caseId: string,
    readonly stepKey: string,
    readonly body: CompleteStepRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
