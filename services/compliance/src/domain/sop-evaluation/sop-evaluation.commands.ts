import type { SopEvaluationAnswered } from './sop-evaluation.events';

/** The evaluator's answers, already checked against the SOP (its versions) and the known criteria. */
export type SopEvaluationCommand = { type: 'AnswerSopEvaluation'; answer: SopEvaluationAnswered['data'] };
