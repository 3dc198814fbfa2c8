import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { AnswerSopEvaluationRequest } from './answer-sop-evaluation.request.dto';

export class AnswerSopEvaluationCommand {
  constructor(readonly user: AuthenticatedUser, readonly body: AnswerSopEvaluationRequest) {}
}
