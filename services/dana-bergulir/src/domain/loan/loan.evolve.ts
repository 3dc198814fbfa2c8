import { assertNever } from '@jejak/domain-kit';
import type { LoanEvent } from './loan.events';
import type { LoanState } from './loan.state';

/** Pure: the state after one event. */
export function evolve(state: LoanState, event: LoanEvent): LoanState {
  switch (event.type) {
    case 'LoanCreated':
      return { stage: 'open', id: event.data.id, tenant: event.data.tenant, title: event.data.title, createdAt: event.data.at };
    case 'LoanClosed':
      return state.stage === 'open' ? { ...state, stage: 'closed', closedAt: event.data.at, reason: event.data.reason } : state;
    default:
      return assertNever(event, 'loan event');
  }
}
