import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { SopEvaluationCommand } from './sop-evaluation.commands';
import { decide } from './sop-evaluation.decide';
import { sopEvaluationEventTypes, type SopEvaluationEvent } from './sop-evaluation.events';
import { evolve } from './sop-evaluation.evolve';
import { initialSopEvaluationState, type SopEvaluationState } from './sop-evaluation.state';

export const sopEvaluationDecider: Decider<SopEvaluationCommand, SopEvaluationEvent, SopEvaluationState> = {
  decide,
  evolve,
  initialState: initialSopEvaluationState,
};

/** One stream per evaluation form; the id is `sopEvaluationId(...)`. */
export const SopEvaluationAggregate: AggregateType<SopEvaluationCommand, SopEvaluationEvent, SopEvaluationState> = {
  name: 'evaluasi SOP',
  stream: (id) => `evaluation-${id}`,
  decider: sopEvaluationDecider,
  events: sopEvaluationEventTypes,
};
