import type { SopEvaluationCommand } from './sop-evaluation.commands';
import type { SopEvaluationEvent } from './sop-evaluation.events';
import type { SopEvaluationState } from './sop-evaluation.state';

/** Answering always records the answers (a later answer replaces an earlier one). */
export function decide(command: SopEvaluationCommand, _state: SopEvaluationState): SopEvaluationEvent[] {
  return [{ type: 'SopEvaluationAnswered', data: command.answer }];
}
