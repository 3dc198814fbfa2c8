import { assertNever } from '@jejak/domain-kit';
import type { PermitTypeEvent } from './permit-type.events';
import type { PermitTypeState } from './permit-type.state';

/** Pure: the state after one event. */
export function evolve(state: PermitTypeState, event: PermitTypeEvent): PermitTypeState {
  switch (event.type) {
    case 'PermitTypeDefined':
      return {
        stage: 'defined', tenant: event.data.tenant, code: event.data.code,
        versions: [{ version: 1, effectiveFrom: event.data.effectiveFrom, content: event.data.content, recordedAt: event.data.at }],
      };
    case 'PermitTypeRevised':
      return state.stage === 'defined'
        ? { ...state, versions: [...state.versions, { version: event.data.version, effectiveFrom: event.data.effectiveFrom, content: event.data.content, recordedAt: event.data.at }] }
        : state;
    default:
      return assertNever(event, 'permit-type event');
  }
}
