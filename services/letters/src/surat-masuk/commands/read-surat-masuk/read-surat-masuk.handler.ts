import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { ReadSuratMasukCommand } from './read-surat-masuk.command';

/** The holder (Kepala Dinas) opens the letter: its read time is recorded once. */
@CommandHandler(ReadSuratMasukCommand)
export class ReadSuratMasukHandler implements ICommandHandler<ReadSuratMasukCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, expectedRevision }: ReadSuratMasukCommand): Promise<LetterCommandResult> {
    return this.executor.masuk.run(letterId, user, () => ({ command: { type: 'ReadSuratMasuk', by: actingUser(user), data: { letterId } } }), { expectedRevision });
  }
}
