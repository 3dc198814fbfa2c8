import { assertNever } from '@jejak/domain-kit';
import type { PersonEvent } from './person.events';
import type { PersonState } from './person.state';

export function evolvePerson(_state: PersonState, event: PersonEvent): PersonState {
  switch (event.type) {
    case 'PersonClaimsObserved': {
      const { observedAt: _at, ...claims } = event.data;
      return { stage: 'known', claims };
    }
    default:
      return assertNever(event.type, 'person event');
  }
}
