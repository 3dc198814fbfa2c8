import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { RegisterSopOnPaperRequest } from './register-sop-on-paper.request.dto';

export class RegisterSopOnPaperCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly sopId: string,
    readonly version: number,
    readonly body: RegisterSopOnPaperRequest,
    readonly expectedRevision: number | undefined,
  ) {}
}
