import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, notFound, type Clock } from '@jejak/domain-kit';
import { assertCanWrite, canRead, currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type CommandOutcome } from '@jejak/service-kit';
import { KegiatanAggregate, type KegiatanCommand, type KegiatanEvent, type KegiatanState } from '../../../domain';
import { CloseKegiatanCommand } from './close-kegiatan.command';

@CommandHandler(CloseKegiatanCommand)
export class CloseKegiatanHandler implements ICommandHandler<CloseKegiatanCommand, CommandOutcome<KegiatanEvent, KegiatanState>> {
  constructor(
    private readonly pipeline: CommandPipeline,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ user, id, reason, expectedRevision }: CloseKegiatanCommand): Promise<CommandOutcome<KegiatanEvent, KegiatanState>> {
    return this.pipeline.execute(KegiatanAggregate, {
      id,
      command: (state): KegiatanCommand => {
        // Another dinas's kegiatan is reported as not found, so its existence does not leak.
        if (state.stage === 'none' || !canRead(user, state.tenant)) throw notFound('KEGIATAN_NOT_FOUND', 'kegiatan tidak ditemukan');
        assertCanWrite(user, state.tenant);
        return { type: 'CloseKegiatan', reason, at: this.clock.now().toISOString() };
      },
      metadata: eventMetadata(user, currentCorrelationId()),
      expectedRevision,
    });
  }
}
