import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SopCommandExecutor, type SopCommandResult } from '../../sop-command.executor';
import { DraftSopCommand } from './draft-sop.command';

@CommandHandler(DraftSopCommand)
export class DraftSopHandler implements ICommandHandler<DraftSopCommand, SopCommandResult> {
  constructor(private readonly executor: SopCommandExecutor) {}

  execute({ user, unit, content }: DraftSopCommand): Promise<SopCommandResult> {
    const sopId = this.executor.newSopId();
    return this.executor.create(user, {
      type: 'DraftSop',
      sopId,
      issuer: { tenant: user.tenant, unit },
      content,
      origin: { kind: 'scratch' },
      at: this.executor.now(),
    });
  }
}
