import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { LoanProductTerms } from '../../../domain';

export class AddLoanProductVersionCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly id: string,
    readonly effectiveFrom: string,
    readonly terms: LoanProductTerms,
    readonly expectedRevision: number | undefined,
  ) {}
}
