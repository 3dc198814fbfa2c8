import { deciderSpec } from '@jejak/domain-kit/testing';
import { loanProductDecider } from '../loan-product/loan-product.decider';
import type { LoanProductEvent, LoanProductTerms } from '../loan-product/loan-product.events';

/** given(events).when(command).then(events) / .thenRefuses({ kind, code, field }) against the real decider. */
export const { given } = deciderSpec(loanProductDecider);

export const PRODUCT_ID = '00000000-0000-4000-8000-0000000000a1';
export const TENANT = '35.01';
export const AT = '2025-03-04T02:00:00.000Z';
export const LATER = '2025-06-05T03:30:00.000Z';

/** A product as a dinas might set it: the PMK 201/2010 classes with its allowances (sample data, not a rule). */
export const terms = (over: Partial<LoanProductTerms> = {}): LoanProductTerms => ({
  ceilingPerBorrower: 50_000_000,
  jasaRatePercent: '6',
  termMonths: 24,
  method: 'annuity',
  frequency: 'monthly',
  grace: { periods: 0, interest: 'paid' },
  penalty: { ratePercentPerMonth: '1', graceDays: 7 },
  allocationOrder: ['penalty', 'interest', 'principal'],
  kolektibilitas: [
    { name: 'Lancar', fromDaysPastDue: 0, allowancePercent: '0.5' },
    { name: 'Kurang Lancar', fromDaysPastDue: 91, allowancePercent: '10' },
    { name: 'Diragukan', fromDaysPastDue: 121, allowancePercent: '50' },
    { name: 'Macet', fromDaysPastDue: 181, allowancePercent: '100' },
  ],
  ...over,
});

export const productEvents = {
  defined: (over: Partial<LoanProductTerms> = {}): LoanProductEvent => ({
    type: 'LoanProductDefined',
    data: { id: PRODUCT_ID, tenant: TENANT, code: 'DB-UMKM', name: 'Dana Bergulir UMKM', version: 1, effectiveFrom: '2025-01-01', terms: terms(over), at: AT },
  }),
  versionAdded: (version: number, effectiveFrom: string, over: Partial<LoanProductTerms> = {}): LoanProductEvent => ({
    type: 'LoanProductVersionAdded',
    data: { version, effectiveFrom, terms: terms(over), at: LATER },
  }),
};
