import fc from 'fast-check';
import { generateSchedule } from '@jejak/loan-schedule';
import { givenLoan as given, LATER, loanEvents } from '../testing/loan.fixtures';
import { allocatePayment, applyAllocation, outstandingTotal } from './loan.allocation';
import type { LoanEvent } from './loan.events';
import type { LoanState } from './loan.state';

// 12.000.000 flat at 12 % a year over 12 months: 1.000.000 pokok + 120.000 jasa each month (see libs/loan-schedule).
const schedule = generateSchedule({ principal: 12_000_000, annualRatePercent: '12', termMonths: 12, method: 'flat', startDate: '2025-04-02' }).installments;

describe('payment allocation', () => {
  it('pays the oldest installment first, jasa before pokok when the order says so, and carries the rest on', () => {
    expect(allocatePayment(1_500_000, schedule, {}, ['penalty', 'interest', 'principal'])).toEqual([
      { installment: 1, principal: 1_000_000, interest: 120_000 },
      { installment: 2, principal: 260_000, interest: 120_000 },
    ]);
    expect(allocatePayment(1_500_000, schedule, {}, ['principal', 'interest', 'penalty'])).toEqual([
      { installment: 1, principal: 1_000_000, interest: 120_000 },
      { installment: 2, principal: 380_000, interest: 0 },
    ]);
    const paid = applyAllocation({}, [{ installment: 1, principal: 0, interest: 120_000 }]);
    expect(allocatePayment(200_000, schedule, paid, ['interest', 'principal', 'penalty'])).toEqual([{ installment: 1, principal: 200_000, interest: 0 }]);
    expect(outstandingTotal(schedule, paid)).toBe(13_440_000 - 120_000);
  });

  it('property: a payment up to what is due is allocated exactly, never more than an installment owes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 3_000_000 }), { minLength: 1, maxLength: 15 }), (payments) => {
        let paid = {};
        for (const wanted of payments) {
          const amount = Math.min(wanted, outstandingTotal(schedule, paid));
          if (amount === 0) break;
          const lines = allocatePayment(amount, schedule, paid, ['penalty', 'interest', 'principal']);
          expect(lines.reduce((sum, l) => sum + l.principal + l.interest, 0)).toBe(amount);
          paid = applyAllocation(paid, lines);
          for (const i of schedule) {
            const p = (paid as Record<number, { principal: number; interest: number }>)[i.number];
            if (p) expect(p.principal <= i.principal && p.interest <= i.interest && p.principal >= 0 && p.interest >= 0).toBe(true);
          }
        }
      }),
    );
  });
});

describe('loan decider: repayments and settlement', () => {
  const disbursed = (): LoanEvent[] => {
    const history = [loanEvents.proposed(), loanEvents.accepted(), loanEvents.verified('reduce', 24_000_000), loanEvents.approved()];
    const [event] = given(history).when({ type: 'DisburseLoan', disbursedOn: '2025-04-02', bankReference: 'TRF-1', at: LATER }).run();
    return [...history, event];
  };
  const pay = (over: Record<string, unknown> = {}) => ({ type: 'RecordRepayment' as const, paidOn: '2025-05-02', amount: 1_063_695, bankReference: ' RK-0001 ', at: LATER, ...over });

  it('records a payment with its allocation (24.000.000 annuity at 6 %: the first installment is 1.063.695)', () => {
    given(disbursed())
      .when(pay())
      .then([{ type: 'RepaymentRecorded', data: { paidOn: '2025-05-02', amount: 1_063_695, bankReference: 'RK-0001', allocation: [{ installment: 1, principal: 943_695, interest: 120_000 }], at: LATER } }]);
  });

  it('settles the loan when everything due is paid', () => {
    const history = disbursed();
    const state = given(history).state as Extract<LoanState, { stage: 'active' }>;
    const total = outstandingTotal(state.schedule, {});
    const events = given(history).when(pay({ amount: total })).run();
    expect(events.map((e) => e.type)).toEqual(['RepaymentRecorded', 'LoanSettled']);
    expect(events[1]).toEqual({ type: 'LoanSettled', data: { settledOn: '2025-05-02', at: LATER } });
    given([...history, ...events]).when(pay({ bankReference: 'RK-0002' })).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_ACTIVE' });
  });

  it('refuses a payment before disbursement, over what is due, a bank line twice, and before the loan is active', () => {
    const history = disbursed();
    given(history).when(pay({ paidOn: '2025-04-01' })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'paidOn' });
    given(history).when(pay({ amount: 100_000_000 })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'amount' });
    given(history).when(pay({ amount: 0 })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'amount' });
    const [first] = given(history).when(pay()).run();
    given([...history, first]).when(pay({ bankReference: 'RK-0001' })).thenRefuses({ kind: 'validation', code: 'LOAN_REPAYMENT_DUPLICATE', field: 'bankReference' });
    given([loanEvents.proposed()]).when(pay()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_ACTIVE' });
  });
});
