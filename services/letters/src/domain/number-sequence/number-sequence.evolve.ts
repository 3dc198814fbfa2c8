import { assertNever } from '@jejak/domain-kit';
import type { SequenceKey } from './number-sequence.commands';
import type { NumberSequenceEvent } from './number-sequence.events';
import type { NumberSequenceState } from './number-sequence.state';

export function evolveNumberSequence(state: NumberSequenceState, event: NumberSequenceEvent): NumberSequenceState {
  switch (event.type) {
    case 'NumberSequenceOpened':
      return { stage: 'open', key: keyOf(event.data), last: event.data.lastIssued, byLetter: {} };
    case 'NumberIssued': {
      const byLetter = state.stage === 'open' ? state.byLetter : {};
      return { stage: 'open', key: keyOf(event.data), last: event.data.n, byLetter: { ...byLetter, [event.data.letterId]: event.data.n } };
    }
    default:
      return assertNever(event, 'event');
  }
}

const keyOf = (data: SequenceKey): SequenceKey => ({ tenant: data.tenant, sequence: data.sequence, year: data.year });
