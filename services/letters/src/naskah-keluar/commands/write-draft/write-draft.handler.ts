import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { ReplyLinkResolver } from './reply-link.resolver';
import { WriteDraftCommand } from './write-draft.command';

/** A drafter (konseptor) writes a surat keluar or nota dinas; a reply joins the SOP case of the letter it answers. */
@CommandHandler(WriteDraftCommand)
export class WriteDraftHandler implements ICommandHandler<WriteDraftCommand, LetterCommandResult> {
  constructor(
    private readonly executor: LetterCommandExecutor,
    private readonly replies: ReplyLinkResolver,
  ) {}

  async execute({ user, body }: WriteDraftCommand): Promise<LetterCommandResult> {
    const letterId = this.executor.newId();
    const { sopCase, assign } = await this.replies.resolve(user, body);
    return this.executor.keluar.run(letterId,
      user,
      () => ({
        command: {
          type: 'WriteDraft',
          by: actingUser(user),
          data: {
            letterId,
            jenis: body.jenis,
            perihal: body.perihal,
            sifat: body.sifat,
            klasifikasi: body.klasifikasi,
            unitKode: body.unitKode ?? '',
            kepada: body.kepada.map((a) => (a.userId === undefined ? { name: a.name } : { name: a.name, userId: a.userId })),
            isi: { ...body.isi },
            lampiran: (body.lampiran ?? []).map((d) => ({ ...d })),
            inReplyTo: body.inReplyTo ?? null,
            sopCase,
          },
        },
        assign,
      }),
      { create: true },
    );
  }
}
