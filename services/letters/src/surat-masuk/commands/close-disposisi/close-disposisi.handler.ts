import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { CloseDisposisiCommand } from './close-disposisi.command';

/** The recipient closes their disposisi once followed up and once everything they sent further is closed. */
@CommandHandler(CloseDisposisiCommand)
export class CloseDisposisiHandler implements ICommandHandler<CloseDisposisiCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, disposisiId, body, expectedRevision }: CloseDisposisiCommand): Promise<LetterCommandResult> {
    return this.executor.masuk.run(letterId, user, () => ({ command: { type: 'CloseDisposisi', by: actingUser(user), data: { letterId, disposisiId, catatan: body.catatan } } }), { expectedRevision });
  }
}
