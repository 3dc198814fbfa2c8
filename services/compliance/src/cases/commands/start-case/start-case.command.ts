import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { StartCaseRequest } from './start-case.request.dto';

export class StartCaseCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly body: StartCaseRequest,
    /** The `Idempotency-Key` header, when the client sent one (a retry with it returns the first result). */
    readonly idempotencyKey?: string,
  ) {}
}
