import { deciderSpec } from '@jejak/domain-kit/testing';
import { loanDecider } from '../loan/loan.decider';
import type { LoanEvent, ProductVersionRef } from '../loan/loan.events';
import { PRODUCT_ID, terms } from './loan-product.fixtures';

export const { given: givenLoan } = deciderSpec(loanDecider);

export const LOAN_ID = '00000000-0000-4000-8000-0000000000c1';
export const AT = '2025-03-04T02:00:00.000Z';
export const LATER = '2025-03-10T02:00:00.000Z';
/** A structurally valid, fictitious NIK: Pacitan (35.01.01), a woman born 5 December 1980. */
export const NIK = '3501014512800001';
export const NIB = '9120001234567';

export const product = (): ProductVersionRef => ({ productId: PRODUCT_ID, version: 1, terms: terms() });

export const loanEvents = {
  proposed: (amount = 25_000_000): LoanEvent => ({
    type: 'LoanProposed',
    data: {
      id: LOAN_ID,
      tenant: '35.01',
      product: product(),
      receivedOn: '2025-03-03',
      applicant: { kind: 'usaha', number: NIB, name: 'UD Batik Tulis Sari' },
      personal: { nik: NIK, name: 'Sri Lestari', address: 'Jl. Ahmad Yani 10, Pacitan' },
      amount,
      purpose: 'Modal kerja pembelian kain dan malam',
      collateral: 'BPKB sepeda motor',
      at: AT,
    },
  }),
  returned: (missing = ['Fotokopi KTP']): LoanEvent => ({ type: 'ProposalReturnedIncomplete', data: { missing, note: '', at: LATER } }),
  resubmitted: (amount = 20_000_000): LoanEvent => ({
    type: 'ProposalResubmitted',
    data: { receivedOn: '2025-03-12', amount, purpose: 'Modal kerja pembelian kain dan malam', collateral: 'BPKB sepeda motor', at: LATER },
  }),
  verified: (recommendation: 'approve' | 'reduce' = 'approve', recommendedAmount = 25_000_000): LoanEvent => ({
    type: 'VerificationRecorded',
    data: { team: ['Eko Nugroho', 'Yuliana Pratiwi'], reportDate: '2025-03-20', recommendation, recommendedAmount, note: '', at: LATER },
  }),
  approved: (approvedAmount = 24_000_000): LoanEvent => ({
    type: 'LoanApproved',
    data: { skNumber: '500/17/408.46/2025', skDate: '2025-04-01', approvedAmount, at: LATER },
  }),
  accepted: (): LoanEvent => ({ type: 'ProposalAcceptedComplete', data: { note: '', at: LATER } }),
};
