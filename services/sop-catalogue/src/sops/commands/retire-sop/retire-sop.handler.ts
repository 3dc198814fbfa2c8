import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SopCommandExecutor, type SopCommandResult } from '../../sop-command.executor';
import { RetireSopCommand } from './retire-sop.command';

@CommandHandler(RetireSopCommand)
export class RetireSopHandler implements ICommandHandler<RetireSopCommand, SopCommandResult> {
  constructor(private readonly executor: SopCommandExecutor) {}

  execute(c: RetireSopCommand): Promise<SopCommandResult> {
    return this.executor.execute(c.sopId, c.user, (_state, at) => ({ type: 'RetireSop', retiredFrom: c.body.retiredFrom, reason: c.body.reason, at }), c.expectedRevision);
  }
}
