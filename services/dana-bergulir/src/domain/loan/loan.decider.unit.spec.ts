import { AT, givenLoan as given, LATER, LOAN_ID, loanEvents, NIB, NIK, product } from '../testing/loan.fixtures';
import { loanEventTypes } from './loan.events';
import type { LoanState } from './loan.state';

const propose = (over: Record<string, unknown> = {}) => ({
  type: 'ProposeLoan' as const,
  id: LOAN_ID,
  tenant: '35.01',
  product: product(),
  receivedOn: '2025-03-03',
  applicant: { kind: 'usaha' as const, number: ` ${NIB} `, name: ' UD Batik Tulis Sari ' },
  personal: { nik: NIK, name: ' Sri Lestari ', address: 'Jl. Ahmad Yani 10, Pacitan ' },
  amount: 25_000_000,
  purpose: 'Modal kerja pembelian kain dan malam',
  collateral: 'BPKB sepeda motor',
  at: AT,
  ...over,
});
const resubmit = (over: Record<string, unknown> = {}) => ({
  type: 'ResubmitProposal' as const, receivedOn: '2025-03-12', amount: 20_000_000, purpose: 'Modal kerja pembelian kain dan malam', collateral: 'BPKB sepeda motor', at: LATER, ...over,
});

describe('loan decider: proposal and completeness', () => {
  it('records a proposal with the product version snapshot and the person under `personal`', () => {
    given([]).when(propose()).then([loanEvents.proposed()]);
    const event = loanEvents.proposed();
    if (event.type !== 'LoanProposed') throw new Error('fixture');
    expect(Object.keys(event.data.personal).sort()).toEqual(['address', 'name', 'nik']);
    expect(JSON.stringify({ ...event.data, personal: undefined })).not.toContain(NIK);
  });

  it('accepts a cooperative by its NIK koperasi', () => {
    const events = given([]).when(propose({ applicant: { kind: 'koperasi', number: '3501020030012345', name: 'KSP Sejahtera' } })).run();
    expect(events[0]).toMatchObject({ data: { applicant: { kind: 'koperasi', number: '3501020030012345' } } });
  });

  it.each([
    ['amount', { amount: 0 }],
    ['amount', { amount: 50_000_001 }],
    ['amount', { amount: 1.5 }],
    ['applicant.number', { applicant: { kind: 'usaha', number: '912000123456', name: 'UD' } }],
    ['applicant.number', { applicant: { kind: 'koperasi', number: '35.01-02', name: 'KSP' } }],
    ['applicant.name', { applicant: { kind: 'usaha', number: NIB, name: ' ' } }],
    ['personal.nik', { personal: { nik: '3501013212800001', name: 'Sri', address: 'Pacitan' } }],
    ['personal.nik', { personal: { nik: '350101451280001', name: 'Sri', address: 'Pacitan' } }],
    ['personal.name', { personal: { nik: NIK, name: '', address: 'Pacitan' } }],
    ['personal.address', { personal: { nik: NIK, name: 'Sri', address: ' ' } }],
    ['purpose', { purpose: '' }],
    ['collateral', { collateral: ' ' }],
    ['receivedOn', { receivedOn: '2025-02-29' }],
    ['productId', { product: null }],
  ])('refuses a wrong %s, naming it', (field, over) => {
    given([]).when(propose(over)).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field });
  });

  it('refuses an id that exists', () => {
    given([loanEvents.proposed()]).when(propose()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_ALREADY_EXISTS' });
  });

  it('goes back and forth until complete, counting the returns, then awaits verification', () => {
    given([loanEvents.proposed()]).when({ type: 'ReturnProposalIncomplete', missing: [' Fotokopi KTP ', ''], note: '', at: LATER }).then([loanEvents.returned(['Fotokopi KTP'])]);
    given([loanEvents.proposed(), loanEvents.returned()]).when(resubmit()).then([loanEvents.resubmitted()]);
    const history = [loanEvents.proposed(), loanEvents.returned(), loanEvents.resubmitted(), loanEvents.returned(['Surat keterangan usaha']), loanEvents.resubmitted(18_000_000)];
    given(history).when({ type: 'AcceptProposalComplete', note: '', at: LATER }).then([loanEvents.accepted()]);
    const state = given([...history, loanEvents.accepted()]).state as Extract<LoanState, { stage: 'awaiting_verification' }>;
    expect(state).toMatchObject({ stage: 'awaiting_verification', returns: 2, amount: 18_000_000, receivedOn: '2025-03-12', acceptedAt: LATER });
  });

  it('refuses steps out of order, an empty list of missing items, and a resubmission over the ceiling or before the first receipt', () => {
    given([]).when({ type: 'AcceptProposalComplete', note: '', at: LATER }).thenRefuses({ kind: 'not_found', code: 'LOAN_NOT_FOUND' });
    given([loanEvents.proposed()]).when(resubmit()).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_INCOMPLETE' });
    given([loanEvents.proposed(), loanEvents.returned()]).when({ type: 'AcceptProposalComplete', note: '', at: LATER }).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_AWAITING_CHECK' });
    given([loanEvents.proposed(), loanEvents.accepted()]).when({ type: 'ReturnProposalIncomplete', missing: ['x'], note: '', at: LATER }).thenRefuses({ kind: 'illegal_state', code: 'LOAN_NOT_AWAITING_CHECK' });
    given([loanEvents.proposed()]).when({ type: 'ReturnProposalIncomplete', missing: [' '], note: '', at: LATER }).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'missing' });
    given([loanEvents.proposed(), loanEvents.returned()]).when(resubmit({ amount: 60_000_000 })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'amount' });
    given([loanEvents.proposed(), loanEvents.returned()]).when(resubmit({ receivedOn: '2025-03-01' })).thenRefuses({ kind: 'validation', code: 'LOAN_INVALID', field: 'receivedOn' });
  });

  it('knows its event types', () => {
    expect(loanEventTypes.names().sort()).toEqual(['LoanApproved', 'LoanDisbursed', 'LoanProposed', 'LoanSettled', 'ProposalAcceptedComplete', 'ProposalResubmitted', 'ProposalReturnedIncomplete', 'RepaymentRecorded', 'VerificationRecorded']);
  });
});
