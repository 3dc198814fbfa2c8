import { AnswerSopEvaluationHandler } from './commands/answer-sop-evaluation/answer-sop-evaluation.handler';
import { AnswerSopEvaluationHttpController } from './commands/answer-sop-evaluation/answer-sop-evaluation.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';

export const evaluationsSlice: ServiceSlice = {
  controllers: [AnswerSopEvaluationHttpController],
  providers: [AnswerSopEvaluationHandler],
};
