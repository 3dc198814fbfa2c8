import { deciderSpec } from '@jejak/domain-kit/testing';
import { loanDecider } from '../loan/loan.decider';
import type { LoanEvent } from '../loan/loan.events';

/** given(events).when(command).then(events) / .thenRefuses({ kind, code }) against the real decider. */
export const { given } = deciderSpec(loanDecider);

export const ID = '00000000-0000-4000-8000-000000000001';
export const TENANT = '35';
export const AT = '2025-03-04T02:00:00.000Z';
export const LATER = '2025-03-05T03:30:00.000Z';

export const loanEvents = {
  created: (title = 'Contoh pertama'): LoanEvent => ({ type: 'LoanCreated', data: { id: ID, tenant: TENANT, title, at: AT } }),
  closed: (reason = 'Selesai'): LoanEvent => ({ type: 'LoanClosed', data: { reason, at: LATER } }),
};
