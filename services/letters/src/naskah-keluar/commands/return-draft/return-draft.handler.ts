import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { ReturnDraftCommand } from './return-draft.command';

/** The current reviewer (or the signer) returns the draft to its drafter with notes; the round is counted. */
@CommandHandler(ReturnDraftCommand)
export class ReturnDraftHandler implements ICommandHandler<ReturnDraftCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, catatan, expectedRevision }: ReturnDraftCommand): Promise<LetterCommandResult> {
    return this.executor.keluar.run(letterId, user, () => ({ command: { type: 'ReturnDraft', by: actingUser(user), data: { letterId, catatan } } }), { expectedRevision });
  }
}
