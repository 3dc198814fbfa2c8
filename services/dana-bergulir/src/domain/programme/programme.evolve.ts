import { assertNever } from '@jejak/domain-kit';
import type { ProgrammeEvent } from './programme.events';
import type { ProgrammeState } from './programme.state';

/** Pure: the state after one event. */
export function evolve(state: ProgrammeState, event: ProgrammeEvent): ProgrammeState {
  switch (event.type) {
    case 'ProgrammeDefined': {
      const { id, tenant, code, name, version, effectiveFrom, terms, at } = event.data;
      return { stage: 'defined', id, tenant, code, name, definedAt: at, versions: [{ version, effectiveFrom, terms }] };
    }
    case 'ProgrammeVersionAdded': {
      if (state.stage !== 'defined') return state;
      const { version, effectiveFrom, terms } = event.data;
      return { ...state, versions: [...state.versions, { version, effectiveFrom, terms }] };
    }
    default:
      return assertNever(event, 'programme event');
  }
}
