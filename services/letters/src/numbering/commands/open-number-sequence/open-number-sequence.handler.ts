import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, validationError, type Clock } from '@jejak/domain-kit';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { JENIS_SURAT_KELUAR } from '../../../domain';
import { actingUser } from '../../../shared/acting-user';
import { openBook } from '../../../shared/number-book';
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
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, sequence, year, lastIssued, signal }: OpenNumberSequenceCommand): Promise<OpenNumberSequenceResult> {
    const tenant = this.registry.forTenant(user.tenant);
    const known = [tenant.config.suratMasuk.agendaSequence, ...JENIS_SURAT_KELUAR.map((jenis) => tenant.config.suratKeluar[jenis].sequence)];
    if (!known.includes(sequence)) {
      throw validationError('SEQUENCE_UNKNOWN', `Buku nomor "${sequence}" tidak dikenal di dinas ini.`, [{ field: 'sequence', message: `pilih salah satu: ${known.join(', ')}` }]);
    }
    const key = { tenant: user.tenant, sequence, year };
    const by = actingUser(user);
    const opened = await openBook(
      this.store,
      this.pipeline,
      tenant.sequence,
      { key, lastIssued, by, at: this.clock.now().toISOString(), metadata: eventMetadata(user, currentCorrelationId()) },
      { signal },
    );
    return { stream: opened.stream, nextNumber: lastIssued + 1 };
  }
}
