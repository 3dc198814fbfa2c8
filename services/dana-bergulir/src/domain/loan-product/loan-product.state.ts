import type { CalendarDate, IsoInstant, LoanProductVersion } from './loan-product.events';

export interface NoLoanProduct {
  stage: 'none';
}

export interface DefinedLoanProduct {
  stage: 'defined';
  id: string;
  tenant: string;
  code: string;
  name: string;
  definedAt: IsoInstant;
  /** Ascending by version and by effectiveFrom. */
  versions: LoanProductVersion[];
}

/** The stages of a product: none → defined (versions are added while defined). */
export type LoanProductState = NoLoanProduct | DefinedLoanProduct;

export const initialLoanProductState = (): LoanProductState => ({ stage: 'none' });

/** The version in force on a day: the latest whose effectiveFrom is on or before it, or null before the first. */
export function versionInForce(state: DefinedLoanProduct, day: CalendarDate): LoanProductVersion | null {
  let found: LoanProductVersion | null = null;
  for (const version of state.versions) if (version.effectiveFrom <= day) found = version;
  return found;
}
