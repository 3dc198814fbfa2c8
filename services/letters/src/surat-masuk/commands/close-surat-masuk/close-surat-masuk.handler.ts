import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { CloseSuratMasukCommand } from './close-surat-masuk.command';

/** The holder closes the letter; dispositions still open are closed with it. */
@CommandHandler(CloseSuratMasukCommand)
export class CloseSuratMasukHandler implements ICommandHandler<CloseSuratMasukCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, body, expectedRevision }: CloseSuratMasukCommand): Promise<LetterCommandResult> {
    return this.executor.masuk.run(letterId, user, () => ({ command: { type: 'CloseSuratMasuk', by: actingUser(user), data: { letterId, catatan: body.catatan } } }), { expectedRevision });
  }
}
