import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CaseCommandExecutor, type CaseCommandResult } from '../../case-command.executor';
import { StartCaseCommand } from './start-case.command';

@CommandHandler(StartCaseCommand)
export class StartCaseHandler implements ICommandHandler<StartCaseCommand, CaseCommandResult> {
  constructor(private readonly executor: CaseCommandExecutor) {}

  execute({ user, body }: StartCaseCommand): Promise<CaseCommandResult> {
    return this.executor.start(user, { sopId: body.sopId, procedureIndex: body.procedureIndex ?? null, reference: body.reference ?? null });
  }
}
