import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CLOCK, ID_GENERATOR, isDomainError, validationError, type Clock, type IdGenerator } from '@jejak/domain-kit';
import { EVENT_STORE, type EventStore, type UnitOfWork } from '@jejak/event-store';
import { currentCorrelationId, eventMetadata, type AuthenticatedUser } from '@jejak/nest-platform';
import { CommandPipeline, createIdFor, requestFingerprint } from '@jejak/service-kit';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { sequenceKeyAt, type NumberSource, type RegisterSuratMasukData } from '../../../domain';
import { LetterFlowFacts, type FlowAssignment } from '../../../flow/letter-flow.facts';
import { actingUser } from '../../../shared/acting-user';
import { forWriter, letterResult, type LetterCommandResult } from '../../../shared/letter-command';
import { SURAT_MASUK } from '../../../shared/letter-kinds';
import { inNumberingUnit, issueNumber } from '../../../shared/number-book';
import { sopCaseLinkOf } from '../../../shared/sop-case.link';
import { RegisterSuratMasukCommand } from './register-surat-masuk.command';
import type { RegisterSuratMasukRequest } from './register-surat-masuk.request.dto';

/**
 * Registration (agenda): the agenda number (Jejak's book, unless SRIKANDI/TNDE numbered it) and the
 * letter, routed to the Kepala Dinas, in ONE unit of work: a refused registration, or a crash
 * between the two appends, leaves no number in the book. Opens the SOP case of the dinas's flow
 * when it applies.
 */
@CommandHandler(RegisterSuratMasukCommand)
export class RegisterSuratMasukHandler implements ICommandHandler<RegisterSuratMasukCommand, LetterCommandResult> {
  constructor(
    private readonly pipeline: CommandPipeline,
    private readonly registry: LettersConfigRegistry,
    private readonly flow: LetterFlowFacts,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ID_GENERATOR) private readonly ids: IdGenerator,
  ) {}

  async execute({ user, body, idempotencyKey, signal }: RegisterSuratMasukCommand): Promise<LetterCommandResult> {
    // A client-chosen id or an Idempotency-Key makes the registration retryable: the same request
    // again gets the FIRST outcome (the same agenda number; issuing is idempotent per letter).
    const letterId = createIdFor({ tenant: user.tenant, clientId: body.letterId, idempotencyKey, newId: () => this.ids.next(), field: 'letterId' });
    const fingerprint = requestFingerprint({ op: 'POST /surat-masuk', tenant: user.tenant, user: user.userId, body: without(body, 'letterId') });
    const now = this.clock.now();
    const at = now.toISOString();
    const tenant = this.registry.forTenant(user.tenant);
    const metadata = eventMetadata(user, currentCorrelationId());
    const by = actingUser(user);
    const assign = this.assignment(user, body, letterId);
    const data = (nomorAgenda: NumberSource): RegisterSuratMasukData => ({
      letterId,
      nomorAgenda,
      tanggalDiterima: body.tanggalDiterima,
      pengirim: body.pengirim.instansi === undefined ? { nama: body.pengirim.nama } : { nama: body.pengirim.nama, instansi: body.pengirim.instansi },
      nomorSurat: body.nomorSurat,
      tanggalSurat: body.tanggalSurat,
      perihal: body.perihal,
      sifat: body.sifat,
      klasifikasi: body.klasifikasi,
      lampiran: (body.lampiran ?? []).map((d) => ({ ...d })),
      kepada: (body.kepada ?? []).map((k) => ({ userId: k.userId, name: k.name })),
      routeTo: { userId: body.routeTo.userId, name: body.routeTo.name },
      sopCase: assign === null ? null : sopCaseLinkOf(this.registry.flow(user.tenant, assign.link.flow), assign.link.caseId),
    });
    const register = async (nomorAgenda: NumberSource, reference: string, unitOfWork?: UnitOfWork) =>
      letterResult(
        await this.pipeline
          .execute(tenant.masuk, {
            id: letterId,
            command: forWriter(SURAT_MASUK, user, letterId, () => ({ type: 'RegisterSuratMasuk', by, at, data: data(nomorAgenda) }), { create: true }),
            metadata,
            create: true,
            idempotency: { fingerprint },
            also: this.flow.of(SURAT_MASUK, user.tenant, letterId, at, withReference(assign, reference)),
            unitOfWork,
          })
          .catch((error: unknown) => this.otherDinasIsNotFound(error, user, letterId)),
      );

    if (body.nomorEksternal !== undefined) {
      const { system, nomor } = body.nomorEksternal;
      return register({ source: 'external', system, nomor }, `${system} ${nomor}`);
    }
    const key = sequenceKeyAt(user.tenant, tenant.config.suratMasuk.agendaSequence, now, tenant.config.utcOffsetMinutes);
    return inNumberingUnit(
      this.store,
      key,
      async (uow) => {
        const issued = await issueNumber(this.pipeline, tenant.sequence, uow, { key, letterId, by, at, metadata });
        return register({ source: 'jejak', issued }, `Agenda surat masuk ${issued.year} nomor ${issued.n}`, uow);
      },
      { signal },
    );
  }

  /** A letter id of another dinas reused in a create answers like a missing letter, never "exists" (409). */
  private async otherDinasIsNotFound(error: unknown, user: AuthenticatedUser, letterId: string): Promise<never> {
    if (isDomainError(error) && error.code === 'IDEMPOTENCY_KEY_REUSED') {
      const { state } = await this.pipeline.load(this.registry.forTenant(user.tenant).masuk, letterId);
      const view = SURAT_MASUK.view(state.letter);
      if (view !== null && view.tenant !== user.tenant) throw SURAT_MASUK.notFound(letterId);
    }
    throw error;
  }

  /** The case the letter opens: the flow asked for, or the one its klasifikasi belongs to; none when `sopCase: null`. */
  private assignment(user: AuthenticatedUser, body: RegisterSuratMasukRequest, letterId: string): FlowAssignment | null {
    if (body.sopCase === null) return null;
    if (body.sopCase?.caseId !== undefined) {
      throw validationError('SOP_CASE_LINK_INVALID', 'Saat pengagendaan surat hanya dapat membuka kasus baru.', [
        { field: 'sopCase.caseId', message: 'hubungkan surat ke kasus yang sudah ada melalui POST /surat-masuk/{id}/sop-case' },
      ]);
    }
    const flow = body.sopCase !== undefined ? this.registry.flow(user.tenant, body.sopCase.flow) : this.registry.flowOpenedBy(user.tenant, body.klasifikasi);
    if (flow === null) return null;
    return { link: { flow: flow.key, caseId: this.ids.next() }, opening: { reference: '', origin: `surat-masuk/${letterId}` } };
  }
}

const without = <T extends object>(value: T, key: keyof T): Partial<T> => Object.fromEntries(Object.entries(value).filter(([k]) => k !== key)) as Partial<T>;

function withReference(assign: FlowAssignment | null, reference: string): FlowAssignment | null {
  return assign === null || assign.opening === null ? assign : { ...assign, opening: { ...assign.opening, reference } };
}
