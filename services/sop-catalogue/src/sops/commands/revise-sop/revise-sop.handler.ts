import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SopCommandExecutor, type SopCommandResult } from '../../sop-command.executor';
import { ReviseSopCommand } from './revise-sop.command';

@CommandHandler(ReviseSopCommand)
export class ReviseSopHandler implements ICommandHandler<ReviseSopCommand, SopCommandResult> {
  constructor(private readonly executor: SopCommandExecutor) {}

  execute(c: ReviseSopCommand): Promise<SopCommandResult> {
    return this.executor.execute(c.sopId, c.user, (_state, at) => ({ type: 'ReviseSop', at }), c.expectedRevision);
  }
}
