import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { approverFrom } from '../../sop-approver';
import { SopCommandExecutor, type SopCommandResult } from '../../sop-command.executor';
import { ApproveSopCommand } from './approve-sop.command';

@CommandHandler(ApproveSopCommand)
export class ApproveSopHandler implements ICommandHandler<ApproveSopCommand, SopCommandResult> {
  constructor(private readonly executor: SopCommandExecutor) {}

  execute(c: ApproveSopCommand): Promise<SopCommandResult> {
    return this.executor.execute(c.sopId, c.user, (state, at) => ({ type: 'ApproveSop', version: c.version, approver: approverFrom(c.user, c.body.jabatan, state), at }), c.expectedRevision);
  }
}
