import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SopCommandExecutor, type SopCommandResult } from '../../sop-command.executor';
import { RejectSopApprovalCommand } from './reject-sop-approval.command';

@CommandHandler(RejectSopApprovalCommand)
export class RejectSopApprovalHandler implements ICommandHandler<RejectSopApprovalCommand, SopCommandResult> {
  constructor(private readonly executor: SopCommandExecutor) {}

  execute(c: RejectSopApprovalCommand): Promise<SopCommandResult> {
    return this.executor.execute(c.sopId, c.user, (_state, at) => ({ type: 'RejectSopApproval', version: c.version, reason: c.body.reason, at }), c.expectedRevision);
  }
}
