import type { CalendarDate, IsoInstant } from '../loan-product/loan-product.events';
import type { Applicant, PersonalData, ProductVersionRef, Recommendation } from './loan.events';

/**
 * A proposal received by the dinas. The handler passes the product version in force on `receivedOn`
 * (or null when none is), so the decider stays pure.
 */
export interface ProposeLoan {
  type: 'ProposeLoan';
  id: string;
  tenant: string;
  product: ProductVersionRef | null;
  receivedOn: CalendarDate;
  applicant: Applicant;
  personal: PersonalData;
  amount: number;
  purpose: string;
  collateral: string;
  at: IsoInstant;
}

export interface ReturnProposalIncomplete {
  type: 'ReturnProposalIncomplete';
  missing: string[];
  note: string;
  at: IsoInstant;
}

export interface ResubmitProposal {
  type: 'ResubmitProposal';
  receivedOn: CalendarDate;
  amount: number;
  purpose: string;
  collateral: string;
  at: IsoInstant;
}

export interface AcceptProposalComplete {
  type: 'AcceptProposalComplete';
  note: string;
  at: IsoInstant;
}

export interface RecordVerification {
  type: 'RecordVerification';
  team: string[];
  reportDate: CalendarDate;
  recommendation: Recommendation;
  /** Required for `reduce` (less than the proposed amount); absent for `approve` (the proposed amount) and `reject`. */
  recommendedAmount: number | null;
  note: string;
  at: IsoInstant;
}

export interface ApproveLoan {
  type: 'ApproveLoan';
  skNumber: string;
  skDate: CalendarDate;
  approvedAmount: number;
  at: IsoInstant;
}

export interface DisburseLoan {
  type: 'DisburseLoan';
  disbursedOn: CalendarDate;
  bankReference: string;
  at: IsoInstant;
}

/** A payment line of the bank statement for this loan. */
export interface RecordRepayment {
  type: 'RecordRepayment';
  paidOn: CalendarDate;
  amount: number;
  bankReference: string;
  at: IsoInstant;
}

export type LoanCommand = ProposeLoan | ReturnProposalIncomplete | ResubmitProposal | AcceptProposalComplete | RecordVerification | ApproveLoan | DisburseLoan | RecordRepayment;
