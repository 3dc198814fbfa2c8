import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { LoanProductTerms } from '../../../domain';

export class DefineLoanProductCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly code: string,
    readonly name: string,
    readonly effectiveFrom: string,
    readonly terms: LoanProductTerms,
  ) {}
}
