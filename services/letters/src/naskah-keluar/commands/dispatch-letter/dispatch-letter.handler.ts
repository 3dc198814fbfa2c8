import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { DispatchLetterCommand } from './dispatch-letter.command';

/** Records how and when the signed letter left: an entry of the outgoing agenda book. */
@CommandHandler(DispatchLetterCommand)
export class DispatchLetterHandler implements ICommandHandler<DispatchLetterCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, body, expectedRevision }: DispatchLetterCommand): Promise<LetterCommandResult> {
    return this.executor.keluar.run(letterId,
      user,
      () => ({ command: { type: 'DispatchLetter', by: actingUser(user), data: { letterId, via: body.via, dispatchedAt: body.dispatchedAt, catatan: body.catatan } } }),
      { expectedRevision },
    );
  }
}
