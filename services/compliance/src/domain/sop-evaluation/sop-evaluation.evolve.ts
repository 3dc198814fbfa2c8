import { assertNever } from '@jejak/domain-kit';
import type { SopEvaluationEvent } from './sop-evaluation.events';
import type { SopEvaluationState } from './sop-evaluation.state';

export function evolve(_state: SopEvaluationState, event: SopEvaluationEvent): SopEvaluationState {
  switch (event.type) {
    case 'SopEvaluationAnswered':
      return { stage: 'answered', answeredAt: event.data.answeredAt };
    default:
      return assertNever(event.type);
  }
}
