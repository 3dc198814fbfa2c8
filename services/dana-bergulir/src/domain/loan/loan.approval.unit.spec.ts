import { generateSchedule } from '@jejak/loan-schedule';
import { givenLoan as given, LATER, loanEvents } from '../testing/loan.fixtures';
import type { LoanState } from './loan.state';

const accepted = [loanEvents.proposed(), loanEvents.accepted()];
const verify = (over: Record<string, unknown> = {}) => ({
  type: 'RecordVerification' as const, team: [' Eko Nugroho ', 'Yuliana Pratiwi'], reportDate: '2025-03-20', recommendation: 'approve' as const, recommendedAmount: null, note: '', at: LATER, ...over,
});
const approve = (over: Record<string, unknown> = {}) => ({ type: 'ApproveLoan' as const, skNumber: ' 500/17/408.46/2025 ', skDate: '2025-04-01', approvedAmount: 24_000_000, at: LATER, ...over });
const disburse = (over: Record<string, unknown> = {}) => ({ type: 'DisburseLoan' as const, disbursedOn: '2025-04-02', bankReference: ' TRF-BJATIM-0001 ', at: LATER, ...over });

describe('loan decider: verification (SOP 18)', () => {
  it('approve recommends the proposed amount; reduce a lower one; reject ends the proposal', () => {
    given(accepted).when(verify()).then([loanEvents.verified('approve', 25_000_000)]);
    given(accepted).when(verify({ recommendation: 'reduce', recommendedAmount: 20_000_000 })).then([loanEvents.verified('reduce', 20_000_000)]);
    const [rejected] = given(accepted).when(verify({ recommendation: 'reject' })).run();
    expect(rejected).toMatchObject({ type: 'VerificationRecorded', data: { recommendation: 'reject', recommendedAmount: null } });
    expect(given([...accepted, rejected]).state.stage).toBe('rejected');
    given([...accepted, rejected]).when(approve()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_VERIFIED' });
  });

  it.each([
    ['team', { team: [' '] }],
    ['reportDate', { reportDate: '2025-03-01' }],
    ['reportDate', { reportDate: '2025-3-20' }],
    ['recommendedAmount', { recommendation: 'reduce', recommendedAmount: 25_000_000 }],
    ['recommendedAmount', { recommendation: 'reduce', recommendedAmount: null }],
    ['recommendedAmount', { recommendation: 'approve', recommendedAmount: 10 }],
  ])('refuses a wrong %s, naming it', (field, over) => {
    given(accepted).when(verify(over)).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field });
  });

  it('only after the completeness check', () => {
    given([loanEvents.proposed()]).when(verify()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_AWAITING_VERIFICATION' });
  });
});

describe('loan decider: penetapan (SOP 19) and penyaluran (SOP 20)', () => {
  const verified = [...accepted, loanEvents.verified('reduce', 24_000_000)];

  it('approves at most the recommended amount, with the SK', () => {
    given(verified).when(approve()).then([loanEvents.approved()]);
    given(verified).when(approve({ approvedAmount: 24_000_001 })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'approvedAmount' });
    given(verified).when(approve({ skNumber: '' })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'skNumber' });
    given(verified).when(approve({ skDate: '2025-03-19' })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'skDate' });
    given(accepted).when(approve()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_VERIFIED' });
  });

  it('disburses the approved amount; the schedule of the kept product version starts at the actual disbursement date', () => {
    const [event] = given([...verified, loanEvents.approved()]).when(disburse()).run();
    if (event.type !== 'LoanDisbursed') throw new Error(`unexpected ${event.type}`);
    expect(event.data).toMatchObject({ disbursedOn: '2025-04-02', bankReference: 'TRF-BJATIM-0001', amount: 24_000_000, scheduleVersion: 1 });
    // The product fixture: annuity, 6 % a year, 24 months. Same inputs through the library, and the sums.
    const expected = generateSchedule({ principal: 24_000_000, annualRatePercent: '6', termMonths: 24, method: 'annuity', frequency: 'monthly', grace: { periods: 0, interest: 'paid' }, startDate: '2025-04-02' });
    expect(event.data.schedule).toEqual(expected.installments);
    expect(event.data.schedule[0]).toMatchObject({ number: 1, dueDate: '2025-05-02', interest: 120_000 });
    expect(event.data.schedule[23]).toMatchObject({ dueDate: '2027-04-02', balance: 0 });
    expect(event.data.schedule.reduce((sum, i) => sum + i.principal, 0)).toBe(24_000_000);
    const state = given([...verified, loanEvents.approved(), event]).state as Extract<LoanState, { stage: 'active' }>;
    expect([state.stage, state.disbursedOn, state.schedule.length]).toEqual(['active', '2025-04-02', 24]);
  });

  it('refuses a disbursement before the SK, without a bank reference, twice, or before penetapan', () => {
    const approved = [...verified, loanEvents.approved()];
    given(approved).when(disburse({ disbursedOn: '2025-03-31' })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'disbursedOn' });
    given(approved).when(disburse({ bankReference: ' ' })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'bankReference' });
    const [disbursed] = given(approved).when(disburse()).run();
    given([...approved, disbursed]).when(disburse()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_APPROVED' });
    given(verified).when(disburse()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_APPROVED' });
  });
});
