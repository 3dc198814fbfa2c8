import type { CalendarDate, IsoInstant } from '../loan-product/loan-product.events';
import type { Installment } from '@jejak/loan-schedule';
import type { InstallmentPaid } from './loan.allocation';
import type { Applicant, PersonalData, ProductVersionRef, Recommendation } from './loan.events';

export interface NoLoan {
  stage: 'none';
}

interface ProposalFacts {
  id: string;
  tenant: string;
  product: ProductVersionRef;
  receivedOn: CalendarDate;
  applicant: Applicant;
  personal: PersonalData;
  amount: number;
  purpose: string;
  collateral: string;
  proposedAt: IsoInstant;
  /** How many times the completeness check sent it back. */
  returns: number;
}

/** Received, waiting for the completeness check. */
export interface SubmittedLoan extends ProposalFacts {
  stage: 'submitted';
}

/** Sent back to the applicant with the missing items. */
export interface IncompleteLoan extends ProposalFacts {
  stage: 'incomplete';
  missing: string[];
}

/** Complete: waiting for the field verification (not built yet). */
export interface AwaitingVerificationLoan extends ProposalFacts {
  stage: 'awaiting_verification';
  acceptedAt: IsoInstant;
}

interface Verified extends Omit<AwaitingVerificationLoan, 'stage'> {
  verification: { team: string[]; reportDate: CalendarDate; recommendation: Recommendation; recommendedAmount: number | null };
}

/** Recommended (approve or reduce): waiting for penetapan. */
export interface VerifiedLoan extends Verified {
  stage: 'verified';
  recommendedAmount: number;
}

/** The survey recommended rejection: final. */
export interface RejectedLoan extends Verified {
  stage: 'rejected';
}

/** In an SK: waiting for penyaluran. */
export interface ApprovedLoan extends Omit<VerifiedLoan, 'stage'> {
  stage: 'approved';
  sk: { number: string; date: CalendarDate };
  approvedAmount: number;
}

/** Disbursed: repaying by its schedule. */
export interface ActiveLoan extends Omit<ApprovedLoan, 'stage'> {
  stage: 'active';
  disbursedOn: CalendarDate;
  bankReference: string;
  schedule: Installment[];
  /** Paid so far per installment number. */
  paid: Record<number, InstallmentPaid>;
  /** Bank references already recorded (a bank line is recorded once). */
  bankReferences: string[];
}

/** Lunas. */
export interface SettledLoan extends Omit<ActiveLoan, 'stage'> {
  stage: 'settled';
  settledOn: CalendarDate;
}

/** none → submitted ⇄ incomplete → awaiting_verification → verified | rejected; verified → approved → active → settled. */
export type LoanState = NoLoan | SubmittedLoan | IncompleteLoan | AwaitingVerificationLoan | VerifiedLoan | RejectedLoan | ApprovedLoan | ActiveLoan | SettledLoan;

export const initialLoanState = (): LoanState => ({ stage: 'none' });
