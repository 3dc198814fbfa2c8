import { assertNever } from '@jejak/domain-kit';
import { applyAllocation } from './loan.allocation';
import type { LoanEvent } from './loan.events';
import type { LoanState } from './loan.state';

/** Pure: the state after one event. */
export function evolve(state: LoanState, event: LoanEvent): LoanState {
  switch (event.type) {
    case 'LoanProposed': {
      const { at, ...facts } = event.data;
      return { stage: 'submitted', ...facts, proposedAt: at, returns: 0 };
    }
    case 'ProposalReturnedIncomplete':
      return state.stage === 'submitted' ? { ...state, stage: 'incomplete', missing: event.data.missing, returns: state.returns + 1 } : state;
    case 'ProposalResubmitted': {
      if (state.stage !== 'incomplete') return state;
      const { missing: _missing, ...rest } = state;
      const { receivedOn, amount, purpose, collateral } = event.data;
      return { ...rest, stage: 'submitted', receivedOn, amount, purpose, collateral };
    }
    case 'ProposalAcceptedComplete':
      return state.stage === 'submitted' ? { ...state, stage: 'awaiting_verification', acceptedAt: event.data.at } : state;
    case 'VerificationRecorded': {
      if (state.stage !== 'awaiting_verification') return state;
      const { team, reportDate, recommendation, recommendedAmount } = event.data;
      const verification = { team, reportDate, recommendation, recommendedAmount };
      return recommendation === 'reject' || recommendedAmount === null
        ? { ...state, stage: 'rejected', verification }
        : { ...state, stage: 'verified', verification, recommendedAmount };
    }
    case 'LoanApproved':
      return state.stage === 'verified'
        ? { ...state, stage: 'approved', sk: { number: event.data.skNumber, date: event.data.skDate }, approvedAmount: event.data.approvedAmount }
        : state;
    case 'LoanDisbursed':
      return state.stage === 'approved'
        ? { ...state, stage: 'active', disbursedOn: event.data.disbursedOn, bankReference: event.data.bankReference, schedule: event.data.schedule, paid: {}, bankReferences: [] }
        : state;
    case 'RepaymentRecorded':
      return state.stage === 'active'
        ? { ...state, paid: applyAllocation(state.paid, event.data.allocation), bankReferences: [...state.bankReferences, event.data.bankReference] }
        : state;
    case 'LoanSettled':
      return state.stage === 'active' ? { ...state, stage: 'settled', settledOn: event.data.settledOn } : state;
    default:
      return assertNever(event, 'loan event');
  }
}
