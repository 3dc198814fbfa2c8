import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseActorOf } from '../../case-actor';
import { CaseCommandExecutor, type CaseCommandResult } from '../../case-command.executor';
import { StartStepCommand } from './start-step.command';

@CommandHandler(StartStepCommand)
export class StartStepHandler implements ICommandHandler<StartStepCommand, CaseCommandResult> {
  constructor(private readonly executor: CaseCommandExecutor) {}

  execute(c: StartStepCommand): Promise<CaseCommandResult> {
    return this.executor.execute(c.caseId, c.user, (at) => ({ type: 'StartStep', stepKey: c.stepKey, actor: caseActorOf(c.user), at }), c.expectedRevision);
  }
}
