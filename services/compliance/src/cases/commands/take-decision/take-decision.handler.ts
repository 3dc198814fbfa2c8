import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseActorOf } from '../../case-actor';
import { CaseCommandExecutor, type CaseCommandResult } from '../../case-command.executor';
import { TakeDecisionCommand } from './take-decision.command';

@CommandHandler(TakeDecisionCommand)
export class TakeDecisionHandler implements ICommandHandler<TakeDecisionCommand, CaseCommandResult> {
  constructor(private readonly executor: CaseCommandExecutor) {}

  execute(c: TakeDecisionCommand): Promise<CaseCommandResult> {
    return this.executor.execute(
      c.caseId,
      c.user,
      (at) => ({ type: 'TakeDecision', stepKey: c.stepKey, answer: c.answer, actor: caseActorOf(c.user), at }),
      c.expectedRevision,
    );
  }
}
