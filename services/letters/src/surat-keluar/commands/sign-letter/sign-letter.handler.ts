import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { EVENT_STORE, type EventStore, type UnitOfWork } from '@jejak/event-store';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { sequenceKeyAt, type NumberSource } from '../../../domain';
import { LetterFlowFacts } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_KELUAR } from '../../../shared/letter-kinds';
import { inNumberingUnit, issueNumber } from '../../../shared/number-book';
import { SignLetterCommand } from './sign-letter.command';

/**
 * Signature: the next number of the jenis's book for this letter (gap-free, idempotent per letter)
 * and the signature with it, in ONE unit of work: both commit or neither does. A concurrent
 * signature on the same book re-runs the unit, which takes the next number. A number SRIKANDI gave
 * the letter takes no number from Jejak's book.
 */
@CommandHandler(SignLetterCommand)
export class SignLetterHandler implements ICommandHandler<SignLetterCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, letterId, body, expectedRevision }: SignLetterCommand): Promise<LetterCommandResult> {
    const now = this.clock.now();
    const at = now.toISOString();
    const tenant = this.registry.forTenant(user.tenant);
    const metadata = eventMetadata(user, currentCorrelationId());
    const signWith = async (nomor: NumberSource, unitOfWork?: UnitOfWork) =>
      letterResult(
        await this.pipeline.execute(tenant.keluar, {
          id: letterId,
          command: forWriter(SURAT_KELUAR, user, letterId, () => ({ type: 'SignLetter', by: actingUser(user), at, data: { letterId, nomor } })),
          metadata,
          expectedRevision,
          also: this.flow.of(SURAT_KELUAR, user.tenant, letterId, at),
          unitOfWork,
        }),
      );
    if (body.nomorEksternal !== undefined) return signWith({ source: 'external', system: body.nomorEksternal.system, nomor: body.nomorEksternal.nomor });

    // The book is the jenis's: read the letter first (of the user's dinas, or not found).
    const { state } = await this.pipeline.load(tenant.keluar, letterId);
    forWriter(SURAT_KELUAR, user, letterId, () => null)(state);
    const jenis = SURAT_KELUAR.context(state.letter).jenis ?? 'surat_keluar';
    const key = sequenceKeyAt(user.tenant, tenant.config.suratKeluar[jenis].sequence, now, tenant.config.utcOffsetMinutes);
    const by = actingUser(user);
    return inNumberingUnit(this.store, key, async (uow) => {
      const issued = await issueNumber(this.pipeline, tenant.sequence, uow, { key, letterId, by, at, metadata });
      return signWith({ source: 'jejak', issued }, uow);
    });
  }
}
