import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { AcknowledgeDisposisiCommand } from './acknowledge-disposisi.command';

/** The recipient opens the disposisi: its read time, once (a second acknowledgement is a 409). */
@CommandHandler(AcknowledgeDisposisiCommand)
export class AcknowledgeDisposisiHandler implements ICommandHandler<AcknowledgeDisposisiCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, disposisiId, expectedRevision }: AcknowledgeDisposisiCommand): Promise<LetterCommandResult> {
    return this.executor.masuk.run(letterId, user, () => ({ command: { type: 'AcknowledgeDisposisi', by: actingUser(user), data: { letterId, disposisiId } } }), { expectedRevision });
  }
}
