import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { SopEvaluationAnswered } from './sop-evaluation.events';

/** The evaluator's answers, already checked against the SOP (its versions) and the known criteria. */
export type SopEvaluationCommand = { type: 'AnswerSopEvaluation'; answer: SopEvaluationAnswered['data'] };

export type SopEvaluationEvent = SopEvaluationAnswered;

/** An evaluation form is unanswered until its first answers; later answers replace earlier ones. */
export type SopEvaluationState = { stage: 'unanswered' } | { stage: 'answered'; answeredAt: string };

export const sopEvaluationDecider: Decider<SopEvaluationCommand, SopEvaluationEvent, SopEvaluationState> = {
  decide: (command) => [{ type: 'SopEvaluationAnswered', data: command.answer }],
  evolve: (_state, event) => ({ stage: 'answered', answeredAt: event.data.answeredAt }),
  initialState: () => ({ stage: 'unanswered' }),
};

/** One stream per evaluation form; the id is `sopEvaluationId(...)`. */
export const SopEvaluationAggregate: AggregateType<SopEvaluationCommand, SopEvaluationEvent, SopEvaluationState> = {
  name: 'evaluasi SOP',
  stream: (id) => `evaluation-${id}`,
  decider: sopEvaluationDecider,
};
