import { AnswerSopEvaluationHandler } from './commands/answer-sop-evaluation/answer-sop-evaluation.handler';
import { AnswerSopEvaluationHttpController } from './commands/answer-sop-evaluation/answer-sop-evaluation.http.controller';

export const EVALUATION_CONTROLLERS = [AnswerSopEvaluationHttpController];
export const EVALUATION_PROVIDERS = [AnswerSopEvaluationHandler];
