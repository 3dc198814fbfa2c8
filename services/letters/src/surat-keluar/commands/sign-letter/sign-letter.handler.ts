import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { EVENT_STORE, type EventStore, type UnitOfWork } from '@jejak/event-store';
import { currentCorrelationId, eventMetadata } from '@jejak/nest-platform';
import { CommandPipeline, type LoadedAggregate } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { sequenceKeyAt, type NumberSource, type SuratKeluarEvent } from '../../../domain';
import { isLetterFlowEvent } from '../../../flow/letter-flow.events';
import type { LetterStreamEvent } from '../../../shared/letter-stream.aggregate';
import type { SignLetterRequest } from './sign-letter.request.dto';
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

  async execute({ user, letterId, body, expectedRevision, signal }: SignLetterCommand): Promise<LetterCommandResult> {
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
    // Read the letter first (of the user's dinas, or not found): a retried signature gets its first
    // outcome, and the book is the jenis's.
    const loaded = await this.pipeline.load(tenant.keluar, letterId);
    const { state } = loaded;
    forWriter(SURAT_KELUAR, user, letterId, () => null)(state);
    const first = sameSignature(loaded, user.userId, body);
    if (first !== null) return first;

    if (body.nomorEksternal !== undefined) return signWith({ source: 'external', system: body.nomorEksternal.system, nomor: body.nomorEksternal.nomor });
    const jenis = SURAT_KELUAR.context(state.letter).jenis ?? 'surat_keluar';
    const key = sequenceKeyAt(user.tenant, tenant.config.suratKeluar[jenis].sequence, now, tenant.config.utcOffsetMinutes);
    const by = actingUser(user);
    return inNumberingUnit(
      this.store,
      key,
      async (uow) => {
        const issued = await issueNumber(this.pipeline, tenant.sequence, uow, { key, letterId, by, at, metadata });
        return signWith({ source: 'jejak', issued }, uow);
      },
      { signal },
    );
  }
}

/**
 * The outcome of the signature already recorded, when this request repeats it: the same signer, and
 * the same kind of number (Jejak's book, or the same SRIKANDI number). Its revision and events are
 * those of the append that signed (nothing is written again); null when the letter is not signed
 * or was signed otherwise (then the decider answers, e.g. 409 ALREADY_SIGNED).
 */
function sameSignature(loaded: LoadedAggregate<LetterStreamEvent<SuratKeluarEvent>, unknown>, userId: string, body: SignLetterRequest): LetterCommandResult | null {
  const at = loaded.events.findIndex((e) => e.type === 'LetterSigned');
  const signed = loaded.events[at];
  if (signed === undefined || signed.type !== 'LetterSigned' || signed.data.by.userId !== userId) return null;
  const { nomor } = signed.data;
  const external = body.nomorEksternal;
  const same = external === undefined ? nomor.source === 'jejak' : nomor.source === 'external' && nomor.system === external.system && nomor.nomor === external.nomor;
  if (!same) return null;
  const commit = loaded.recorded[at]?.position.commit;
  const append = loaded.recorded.flatMap((r, i) => (r.position.commit === commit ? [i] : []));
  return {
    letterId: signed.data.letterId,
    revision: loaded.recorded[append[append.length - 1] ?? at]?.revision ?? loaded.revision,
    events: append.map((i) => loaded.events[i]).filter((e): e is SuratKeluarEvent => e !== undefined && !isLetterFlowEvent(e)),
  };
}
