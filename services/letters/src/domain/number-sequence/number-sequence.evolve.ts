import { assertNever } from '@jejak/domain-kit';
import type { SequenceKey } from './number-sequence.commands';
import type { NumberSequenceEvent } from './number-sequence.events';
import { NumberIndex, type NumberSequenceState } from './number-sequence.state';

export function evolveNumberSequence(state: NumberSequenceState, event: NumberSequenceEvent): NumberSequenceState {
  switch (event.type) {
    case 'NumberSequenceOpened':
      return { stage: 'open', key: keyOf(event.data), last: event.data.lastIssued, byLetter: NumberIndex.empty() };
    case 'NumberIssued': {
      const byLetter = state.stage === 'open' ? state.byLetter : NumberIndex.empty();
      return { stage: 'open', key: keyOf(event.data), last: event.data.n, byLetter: byLetter.with(event.data.letterId, event.data.n) };
    }
    default:
      return assertNever(event, 'event');
  }
}

const keyOf = (data: SequenceKey): SequenceKey => ({ tenant: data.tenant, sequence: data.sequence, year: data.year });
