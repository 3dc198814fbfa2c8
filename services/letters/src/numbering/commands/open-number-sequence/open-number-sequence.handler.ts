import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, validationError, type Clock } from '@jejak/domain-kit';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { JENIS_SURAT_KELUAR, numberSequenceId } from '../../../domain';
import { actingUser } from '../../../shared/acting-user';
import { OpenNumberSequenceCommand } from './open-number-sequence.command';

export interface OpenNumberSequenceResult {
  stream: string;
  nextNumber: number;
}

/** Continues a number book kept before Jejak (mid-year migration): the next number is lastIssued + 1. */
@CommandHandler(OpenNumberSequenceCommand)
export class OpenNumberSequenceHandler implements ICommandHandler<OpenNumberSequenceCommand, OpenNumberSequenceResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, sequence, year, lastIssued }: OpenNumberSequenceCommand): Promise<OpenNumberSequenceResult> {
    const tenant = this.registry.forTenant(user.tenant);
    const known = [tenant.config.suratMasuk.agendaSequence, ...JENIS_SURAT_KELUAR.map((jenis) => tenant.config.suratKeluar[jenis].sequence)];
    if (!known.includes(sequence)) {
      throw validationError('SEQUENCE_UNKNOWN', `Buku nomor "${sequence}" tidak dikenal di dinas ini.`, [{ field: 'sequence', message: `pilih salah satu: ${known.join(', ')}` }]);
    }
    const key = { tenant: user.tenant, sequence, year };
    const outcome = await this.pipeline.execute(tenant.sequence, {
      id: numberSequenceId(key),
      command: { type: 'OpenNumberSequence', by: actingUser(user), at: this.clock.now().toISOString(), data: { key, lastIssued } },
      metadata: eventMetadata(user, currentCorrelationId()),
    });
    return { stream: outcome.stream, nextNumber: lastIssued + 1 };
  }
}
