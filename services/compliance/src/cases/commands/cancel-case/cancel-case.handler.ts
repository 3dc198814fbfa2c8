import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { caseActorOf } from '../../case-actor';
import { CaseCommandExecutor, type CaseCommandResult } from '../../case-command.executor';
import { CancelCaseCommand } from './cancel-case.command';

@CommandHandler(CancelCaseCommand)
export class CancelCaseHandler implements ICommandHandler<CancelCaseCommand, CaseCommandResult> {
  constructor(private readonly executor: CaseCommandExecutor) {}

  execute(c: CancelCaseCommand): Promise<CaseCommandResult> {
    return this.executor.execute(c.caseId, c.user, (at) => ({ type: 'CancelCase', reason: c.reason, actor: caseActorOf(c.user), at }), c.expectedRevision);
  }
}
