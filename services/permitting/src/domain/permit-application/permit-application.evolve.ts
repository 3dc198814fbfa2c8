import { assertNever } from '@jejak/domain-kit';
import type { PermitApplicationEvent } from './permit-application.events';
import type { PermitApplicationState } from './permit-application.state';

/** Pure: the state after one event. */
export function evolve(state: PermitApplicationState, event: PermitApplicationEvent): PermitApplicationState {
  switch (event.type) {
    case 'PermitApplicationCreated':
      return { stage: 'open', id: event.data.id, tenant: event.data.tenant, title: event.data.title, createdAt: event.data.at };
    case 'PermitApplicationClosed':
      return state.stage === 'open' ? { ...state, stage: 'closed', closedAt: event.data.at, reason: event.data.reason } : state;
    default:
      return assertNever(event, 'permit-application event');
  }
}
