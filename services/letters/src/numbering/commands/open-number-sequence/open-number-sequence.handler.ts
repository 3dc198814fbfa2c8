import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { validationError } from '@jejak/domain-kit';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { loadAggregate } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { JENIS_NASKAH_KELUAR, numberSequenceStream } from '../../../domain';
import { actingUser } from '../../../shared/acting-user';
import { decideLocalised } from '../../../shared/letters-error.messages';
import { OpenNumberSequenceCommand } from './open-number-sequence.command';

export interface OpenNumberSequenceResult {
  stream: string;
  nextNumber: number;
}

/** Continues a number book kept before Jejak (mid-year migration): the next number is lastIssued + 1. */
@CommandHandler(OpenNumberSequenceCommand)
export class OpenNumberSequenceHandler implements ICommandHandler<OpenNumberSequenceCommand, OpenNumberSequenceResult> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly registry: LettersConfigRegistry,
  ) {}

  async execute({ user, sequence, year, lastIssued }: OpenNumberSequenceCommand): Promise<OpenNumberSequenceResult> {
    const tenant = this.registry.forTenant(user.tenant);
    const known = [tenant.config.suratMasuk.agendaSequence, ...JENIS_NASKAH_KELUAR.map((jenis) => tenant.config.naskahKeluar[jenis].sequence)];
    if (!known.includes(sequence)) {
      throw validationError('SEQUENCE_UNKNOWN', `Buku nomor "${sequence}" tidak dikenal di dinas ini.`, [{ field: 'sequence', message: `pilih salah satu: ${known.join(', ')}` }]);
    }
    const key = { tenant: user.tenant, sequence, year };
    const stream = numberSequenceStream(key);
    const { state, revision } = await loadAggregate(this.store, stream, tenant.sequence);
    const events = decideLocalised(() => tenant.sequence.decide({ type: 'OpenNumberSequence', by: actingUser(user), data: { key, lastIssued } }, state));
    const metadata = eventMetadata(user, currentCorrelationId());
    await this.store.append(stream, events.map((e) => ({ type: e.type, data: e.data, metadata })), { expectedRevision: revision === -1 ? 'no_stream' : revision });
    return { stream, nextNumber: lastIssued + 1 };
  }
}
