import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { ReviseDraftData } from '../../../domain';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { ReviseDraftCommand } from './revise-draft.command';

/** The drafter revises the draft before submitting it, or after it was returned. */
@CommandHandler(ReviseDraftCommand)
export class ReviseDraftHandler implements ICommandHandler<ReviseDraftCommand, LetterCommandResult> {
  constructor(private readonly executor: LetterCommandExecutor) {}

  execute({ user, letterId, body, expectedRevision }: ReviseDraftCommand): Promise<LetterCommandResult> {
    const data: ReviseDraftData = { letterId, isi: { ...body.isi } };
    if (body.perihal !== undefined) data.perihal = body.perihal;
    if (body.sifat !== undefined) data.sifat = body.sifat;
    if (body.klasifikasi !== undefined) data.klasifikasi = body.klasifikasi;
    if (body.unitKode !== undefined) data.unitKode = body.unitKode;
    if (body.kepada !== undefined) data.kepada = body.kepada.map((a) => (a.userId === undefined ? { name: a.name } : { name: a.name, userId: a.userId }));
    if (body.lampiran !== undefined) data.lampiran = body.lampiran.map((d) => ({ ...d }));
    if (body.catatan !== undefined) data.catatan = body.catatan;
    return this.executor.keluar.run(letterId, user, () => ({ command: { type: 'ReviseDraft', by: actingUser(user), data } }), { expectedRevision });
  }
}
