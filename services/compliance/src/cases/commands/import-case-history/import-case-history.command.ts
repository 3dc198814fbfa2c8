import type { AuthenticatedUser } from '@jejak/nest-platform';

export class ImportCaseHistoryCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly csv: string,
    readonly fileName: string,
    /** The `Idempotency-Key` header: with it, a retry of the same file returns the first import's result. */
    readonly idempotencyKey?: string,
  ) {}
}
