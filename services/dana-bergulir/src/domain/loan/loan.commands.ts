import type { IsoInstant } from './loan.events';

/** Commands to the loan aggregate. The time (`at`) and the new id arrive on the command: the decider reads neither clock nor random source. */
export interface CreateLoan {
  type: 'CreateLoan';
  id: string;
  /** The dinas (Kemendagri region code) from the verified token. */
  tenant: string;
  title: string;
  at: IsoInstant;
}

export interface CloseLoan {
  type: 'CloseLoan';
  reason: string;
  at: IsoInstant;
}

export type LoanCommand = CreateLoan | CloseLoan;
