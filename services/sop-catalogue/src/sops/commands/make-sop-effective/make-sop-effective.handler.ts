import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { SopCommandExecutor, type SopCommandResult } from '../../sop-command.executor';
import { MakeSopEffectiveCommand } from './make-sop-effective.command';

@CommandHandler(MakeSopEffectiveCommand)
export class MakeSopEffectiveHandler implements ICommandHandler<MakeSopEffectiveCommand, SopCommandResult> {
  constructor(private readonly executor: SopCommandExecutor) {}

  execute(c: MakeSopEffectiveCommand): Promise<SopCommandResult> {
    return this.executor.execute(c.sopId, c.user, (_state, at) => ({ type: 'MakeSopEffective', version: c.version, effectiveFrom: c.body.effectiveFrom, at }), c.expectedRevision);
  }
}
