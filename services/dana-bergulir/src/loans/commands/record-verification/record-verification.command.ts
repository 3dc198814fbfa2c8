import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { Recommendation } from '../../../domain';

export class RecordVerificationCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly team: string[],
    readonly reportDate: string,
    readonly recommendation: Recommendation,
    readonly recommendedAmount: number | null,
    readonly note: string,
    readonly expectedRevision: number | undefined,
  ) {}
}
