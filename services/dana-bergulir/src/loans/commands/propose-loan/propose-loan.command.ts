import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { Applicant, PersonalData } from '../../../domain';

export class ProposeLoanCommand {
  constructor(
    readonly user: AuthenticatedUser,
    readonly request: { productId: string; receivedOn: string; applicant: Applicant; personal: PersonalData; amount: number; purpose: string; collateral: string },
  ) {}
}
