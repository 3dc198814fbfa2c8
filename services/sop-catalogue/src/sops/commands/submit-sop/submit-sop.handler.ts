import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SopCommandExecutor, type SopCommandResult } from '../../sop-command.executor';
import { SubmitSopCommand } from './submit-sop.command';

@CommandHandler(SubmitSopCommand)
export class SubmitSopHandler implements ICommandHandler<SubmitSopCommand, SopCommandResult> {
  constructor(private readonly executor: SopCommandExecutor) {}

  execute(c: SubmitSopCommand): Promise<SopCommandResult> {
    return this.executor.execute(c.sopId, c.user, (_state, at) => ({ type: 'SubmitSopForApproval', version: c.version, at }), c.expectedRevision);
  }
}
