import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { SendDisposisiCommand } from './send-disposisi.command';

/** The holder, or a recipient disposing further, sends a disposisi DOWN the hierarchy to one or more people. */
@CommandHandler(SendDisposisiCommand)
export class SendDisposisiHandler implements ICommandHandler<SendDisposisiCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, body, expectedRevision }: SendDisposisiCommand): Promise<LetterCommandResult> {
    return this.executor.masuk.run(letterId,
      user,
      () => ({
        command: {
          type: 'SendDisposisi',
          by: actingUser(user),
          data: {
            letterId,
            fromDisposisiId: body.fromDisposisiId ?? null,
            recipients: body.recipients.map((r) => (r.unit === undefined ? { userId: r.userId, name: r.name, role: r.role } : { userId: r.userId, name: r.name, role: r.role, unit: r.unit })),
            instruction: body.instruction,
            catatan: body.catatan ?? '',
            batasWaktu: body.batasWaktu ?? null,
          },
        },
      }),
      { expectedRevision },
    );
  }
}
