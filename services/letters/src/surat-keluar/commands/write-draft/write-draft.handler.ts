import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, createIdFor, requestFingerprint } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_KELUAR } from '../../../shared/letter-kinds';
import { ReplyLinkResolver } from './reply-link.resolver';
import { WriteDraftCommand } from './write-draft.command';

/** A drafter (konseptor) writes a surat keluar or nota dinas; a reply joins the SOP case of the letter it answers. */
@CommandHandler(WriteDraftCommand)
export class WriteDraftHandler implements ICommandHandler<WriteDraftCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    private readonly replies: ReplyLinkResolver,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ user, body, idempotencyKey }: WriteDraftCommand): Promise<LetterCommandResult> {
    // A client-chosen id or an Idempotency-Key makes writing the draft retryable: the same request again gets the first outcome.
    const letterId = createIdFor({ tenant: user.tenant, clientId: body.letterId, idempotencyKey, newId: () => this.ids.next(), field: 'letterId' });
    const { letterId: _chosen, ...sent } = body;
    const fingerprint = requestFingerprint({ op: 'POST /surat-keluar', tenant: user.tenant, user: user.userId, body: sent });
    const at = this.clock.now().toISOString();
    const { sopCase, assign } = await this.replies.resolve(user, body);
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).keluar, {
      id: letterId,
      command: forWriter(
        SURAT_KELUAR,
        user,
        letterId,
        () => ({
          type: 'WriteDraft',
          by: actingUser(user),
          at,
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
        }),
        { create: true },
      ),
      metadata: eventMetadata(user, currentCorrelationId()),
      create: true,
      idempotency: { fingerprint },
      also: this.flow.of(SURAT_KELUAR, user.tenant, letterId, at, assign),
    });
    return letterResult(outcome);
  }
}
