import type { CalendarDate, IsoInstant, LoanProductTerms } from './loan-product.events';

/** Commands to the loan product. The time (`at`) and the new id arrive on the command. */
export interface DefineLoanProduct {
  type: 'DefineLoanProduct';
  id: string;
  /** The dinas (Kemendagri region code) from the verified token. */
  tenant: string;
  code: string;
  name: string;
  effectiveFrom: CalendarDate;
  terms: LoanProductTerms;
  at: IsoInstant;
}

/** New terms from a date; the versions before stay as they were (a loan keeps the version it was approved under). */
export interface AddLoanProductVersion {
  type: 'AddLoanProductVersion';
  effectiveFrom: CalendarDate;
  terms: LoanProductTerms;
  at: IsoInstant;
}

export type LoanProductCommand = DefineLoanProduct | AddLoanProductVersion;
