import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_MASUK } from '../../../shared/letter-kinds';
import { ReadSuratMasukCommand } from './read-surat-masuk.command';

/** The holder (Kepala Dinas) opens the letter: its read time is recorded once. */
@CommandHandler(ReadSuratMasukCommand)
export class ReadSuratMasukHandler implements ICommandHandler<ReadSuratMasukCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId, expectedRevision }: ReadSuratMasukCommand): Promise<LetterCommandResult> {
    const at = this.clock.now().toISOString();
    const outcome = await this.pipeline.execute(this.registry.forTenant(user.tenant).masuk, {
      id: letterId,
      command: forWriter(SURAT_MASUK, user, letterId, () => ({ type: 'ReadSuratMasuk', by: actingUser(user), at, data: { letterId } })),
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
      also: this.flow.of(SURAT_MASUK, user.tenant, letterId, at),
    });
    return letterResult(outcome);
  }
}
