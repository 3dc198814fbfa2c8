import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import type { ReviseDraftData } from '../../../domain';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_KELUAR } from '../../../shared/letter-kinds';
import { ReviseDraftCommand } from './revise-draft.command';

/** The drafter revises the draft before submitting it, or after it was returned. */
@CommandHandler(ReviseDraftCommand)
export class ReviseDraftHandler implements ICommandHandler<ReviseDraftCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId, body, expectedRevision }: ReviseDraftCommand): Promise<LetterCommandResult> {
    const data: ReviseDraftData = { letterId, isi: { ...body.isi } };
    if (body.perihal !== undefined) data.perihal = body.perihal;
    if (body.sifat !== undefined) data.sifat = body.sifat;
    if (body.klasifikasi !== undefined) data.klasifikasi = body.klasifikasi;
    if (body.unitKode !== undefined) data.unitKode = body.unitKode;
    if (body.kepada !== undefined) data.kepada = body.kepada.map((a) => (a.userId === undefined ? { name: a.name } : { name: a.name, userId: a.userId }));
    if (body.lampiran !== undefined) data.lampiran = body.lampiran.map((d) => ({ ...d }));
    if (body.catatan !== undefined) data.catatan = body.catatan;
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).keluar, {
      id: letterId,
      command: forWriter(SURAT_KELUAR, user, letterId, () => ({ type: 'ReviseDraft', by: actingUser(user), at, data })),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
      also: this.flow.of(SURAT_KELUAR, user.tenant, letterId, at),
    });
    return letterResult(outcome);
  }
}
