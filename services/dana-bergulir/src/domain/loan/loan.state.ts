import type { IsoInstant } from './loan.events';

export interface NoLoan {
  stage: 'none';
}

export interface OpenLoan {
  stage: 'open';
  id: string;
  tenant: string;
  title: string;
  createdAt: IsoInstant;
}

export interface ClosedLoan extends Omit<OpenLoan, 'stage'> {
  stage: 'closed';
  closedAt: IsoInstant;
  reason: string;
}

/** The stages of a loan: none → open → closed. */
export type LoanState = NoLoan | OpenLoan | ClosedLoan;

export const initialLoanState = (): LoanState => ({ stage: 'none' });
