import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { GiveParafCommand } from './give-paraf.command';

/** The reviewer whose turn it is initials the draft (paraf out of turn is a 403). */
@CommandHandler(GiveParafCommand)
export class GiveParafHandler implements ICommandHandler<GiveParafCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, catatan, expectedRevision }: GiveParafCommand): Promise<LetterCommandResult> {
    return this.executor.keluar.run(letterId, user, () => ({ command: { type: 'GiveParaf', by: actingUser(user), data: { letterId, catatan } } }), { expectedRevision });
  }
}
