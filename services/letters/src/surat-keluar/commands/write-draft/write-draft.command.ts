import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { WriteDraftRequest } from './write-draft.request.dto';

export class WriteDraftCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly body: WriteDraftRequest,
    /** The `Idempotency-Key` header, when the client sent one instead of a `letterId`. */
    readonly idempotencyKey?: string,
  ) {}
}
