import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { SopContent } from '@jejak/contracts';

export class DraftSopCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly unit: string,
    readonly content: SopContent,
    /** Retry safety: the id the client chose (`sopId`) and/or its `Idempotency-Key`. */
    readonly retry: { sopId?: string; idempotencyKey?: string } = {},
  ) {}
}
