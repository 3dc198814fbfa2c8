import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { ReportFollowUpCommand } from './report-follow-up.command';

/** The recipient reports what was done about the disposisi (tindak lanjut). */
@CommandHandler(ReportFollowUpCommand)
export class ReportFollowUpHandler implements ICommandHandler<ReportFollowUpCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, disposisiId, body, expectedRevision }: ReportFollowUpCommand): Promise<LetterCommandResult> {
    return this.executor.masuk.run(letterId,
      user,
      () => ({ command: { type: 'ReportDisposisiFollowUp', by: actingUser(user), data: { letterId, disposisiId, laporan: body.laporan, lampiran: (body.lampiran ?? []).map((d) => ({ ...d })) } } }),
      { expectedRevision },
    );
  }
}
