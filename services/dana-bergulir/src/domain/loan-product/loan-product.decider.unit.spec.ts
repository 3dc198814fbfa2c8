import { AT, given, LATER, PRODUCT_ID, productEvents, TENANT, terms } from '../testing/loan-product.fixtures';
import { loanProductEventTypes } from './loan-product.events';
import { versionInForce, type DefinedLoanProduct } from './loan-product.state';

const define = (over: Record<string, unknown> = {}) => ({
  type: 'DefineLoanProduct' as const,
  id: PRODUCT_ID,
  tenant: TENANT,
  code: ' DB-UMKM ',
  name: ' Dana Bergulir UMKM ',
  effectiveFrom: '2025-01-01',
  terms: terms(),
  at: AT,
  ...over,
});

describe('loan product decider', () => {
  describe('defining', () => {
    it('defines version 1 with trimmed code and name, effective from the given date', () => {
      given([]).when(define()).then([productEvents.defined()]);
    });

    it('refuses an existing id', () => {
      given([productEvents.defined()]).when(define()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_PRODUCT_ALREADY_EXISTS' });
    });

    it.each([
      ['code', { code: ' ' }],
      ['name', { name: '' }],
      ['effectiveFrom', { effectiveFrom: '2025-02-30' }],
      ['terms.ceilingPerBorrower', { terms: terms({ ceilingPerBorrower: 0 }) }],
      ['terms.jasaRatePercent', { terms: terms({ jasaRatePercent: '6,5' }) }],
      ['terms.termMonths', { terms: terms({ termMonths: 10, frequency: 'quarterly' }) }],
      ['terms.method', { terms: terms({ method: 'balloon' as never }) }],
      ['terms.grace.periods', { terms: terms({ grace: { periods: 24, interest: 'paid' } }) }],
      ['terms.penalty.ratePercentPerMonth', { terms: terms({ penalty: { ratePercentPerMonth: '101', graceDays: 7 } }) }],
      ['terms.penalty.graceDays', { terms: terms({ penalty: { ratePercentPerMonth: '1', graceDays: -1 } }) }],
      ['terms.allocationOrder', { terms: terms({ allocationOrder: ['interest', 'interest', 'principal'] }) }],
      ['terms.kolektibilitas[0].fromDaysPastDue', { terms: terms({ kolektibilitas: [{ name: 'Lancar', fromDaysPastDue: 1, allowancePercent: '0' }] }) }],
      ['terms.kolektibilitas[1].fromDaysPastDue', { terms: terms({ kolektibilitas: [{ name: 'Lancar', fromDaysPastDue: 0, allowancePercent: '0' }, { name: 'Macet', fromDaysPastDue: 0, allowancePercent: '100' }] }) }],
      ['terms.kolektibilitas[1].name', { terms: terms({ kolektibilitas: [{ name: 'Lancar', fromDaysPastDue: 0, allowancePercent: '0' }, { name: ' Lancar ', fromDaysPastDue: 30, allowancePercent: '1' }] }) }],
      ['terms.kolektibilitas[0].allowancePercent', { terms: terms({ kolektibilitas: [{ name: 'Lancar', fromDaysPastDue: 0, allowancePercent: '0.5%' }] }) }],
      ['terms.kolektibilitas', { terms: terms({ kolektibilitas: [] }) }],
    ])('refuses a wrong %s, naming it', (field, over) => {
      given([]).when(define(over)).thenRefuses({ kind: 'validation', code: 'LOAN_PRODUCT_INVALID', field });
    });
  });

  describe('new versions', () => {
    it('adds version 2 effective from a later date; version 1 stays as it was', () => {
      const command = { type: 'AddLoanProductVersion' as const, effectiveFrom: '2026-01-01', terms: terms({ jasaRatePercent: '4.5' }), at: LATER };
      given([productEvents.defined()]).when(command).then([productEvents.versionAdded(2, '2026-01-01', { jasaRatePercent: '4.5' })]);
      const state = given([productEvents.defined(), productEvents.versionAdded(2, '2026-01-01', { jasaRatePercent: '4.5' })]).state as DefinedLoanProduct;
      expect(state.versions.map((v) => [v.version, v.effectiveFrom, v.terms.jasaRatePercent])).toEqual([[1, '2025-01-01', '6'], [2, '2026-01-01', '4.5']]);
    });

    it('refuses a date not after the latest version, an unknown product and bad terms', () => {
      given([productEvents.defined(), productEvents.versionAdded(2, '2026-01-01')])
        .when({ type: 'AddLoanProductVersion', effectiveFrom: '2026-01-01', terms: terms(), at: LATER })
        .thenRefuses({ kind: 'validation', code: 'LOAN_PRODUCT_VERSION_NOT_LATER', field: 'effectiveFrom' });
      given([]).when({ type: 'AddLoanProductVersion', effectiveFrom: '2026-01-01', terms: terms(), at: LATER }).thenRefuses({ kind: 'not_found', code: 'LOAN_PRODUCT_NOT_FOUND' });
      given([productEvents.defined()])
        .when({ type: 'AddLoanProductVersion', effectiveFrom: '2026-01-01', terms: terms({ ceilingPerBorrower: -5 }), at: LATER })
        .thenRefuses({ kind: 'validation', code: 'LOAN_PRODUCT_INVALID', field: 'terms.ceilingPerBorrower' });
    });

    it('finds the version in force on a day', () => {
      const state = given([productEvents.defined(), productEvents.versionAdded(2, '2026-01-01')]).state as DefinedLoanProduct;
      expect([versionInForce(state, '2024-12-31'), versionInForce(state, '2025-01-01')?.version, versionInForce(state, '2025-12-31')?.version, versionInForce(state, '2026-01-01')?.version]).toEqual([null, 1, 1, 2]);
    });
  });

  it('knows the schema version of each event and refuses an unknown type', () => {
    expect(loanProductEventTypes.names().sort()).toEqual(['LoanProductDefined', 'LoanProductVersionAdded']);
    expect(loanProductEventTypes.versionOf('LoanProductDefined')).toBe(1);
    expect(() => loanProductEventTypes.read({ type: 'LoanProductRenamed', schemaVersion: 1, data: {} })).toThrow();
  });
});
