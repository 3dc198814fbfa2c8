import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { validationError } from '@jejak/domain-kit';
import type { AuthenticatedUser } from '@jejak/nest-platform';
import type { TenantLetters } from '../../../config/letters-config.registry';
import { LettersConfigRegistry } from '../../../config/letters-config.registry';
import { sequenceKeyAt, type NumberSource, type RegisterSuratMasukData, type SuratMasukState } from '../../../domain';
import { actingUser } from '../../../shared/acting-user';
import { LetterCommandExecutor, type FlowAssignment, type LetterCommandResult } from '../../../shared/letter-command.executor';
import { decideLocalised } from '../../../shared/letters-error.messages';
import { NumberIssuer } from '../../../shared/number.issuer';
import { sopCaseLinkOf } from '../../../shared/sop-case.link';
import { RegisterSuratMasukCommand } from './register-surat-masuk.command';
import type { RegisterSuratMasukRequest } from './register-surat-masuk.request.dto';

/**
 * Registration (agenda): validate first, so no agenda number is reserved for a letter that would be
 * refused; then the agenda number (Jejak's book, unless SRIKANDI/TNDE numbered it); then the letter,
 * routed to the Kepala Dinas, opening the SOP case of the dinas's flow when it applies.
 */
@CommandHandler(RegisterSuratMasukCommand)
export class RegisterSuratMasukHandler implements ICommandHandler<RegisterSuratMasukCommand, LetterCommandResult> {
  constructor(
    private readonly executor: LetterCommandExecutor,
    private readonly numbers: NumberIssuer,
    private readonly registry: LettersConfigRegistry,
  ) {}

  execute({ user, body }: RegisterSuratMasukCommand): Promise<LetterCommandResult> {
    const letterId = body.letterId ?? this.executor.newId();
    return this.executor.masuk.run(letterId,
      user,
      async ({ state }, tenant) => {
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
        if (body.nomorEksternal !== undefined) {
          const nomorAgenda: NumberSource = { source: 'external', system: body.nomorEksternal.system, nomor: body.nomorEksternal.nomor };
          return { command: { type: 'RegisterSuratMasuk', by, data: data(nomorAgenda) }, assign: withReference(assign, `${body.nomorEksternal.system} ${body.nomorEksternal.nomor}`) };
        }
        const key = sequenceKeyAt(user.tenant, tenant.config.suratMasuk.agendaSequence, this.executor.now(), tenant.config.utcOffsetMinutes);
        dryRun(tenant, state, by, data({ source: 'jejak', issued: { ...key, n: 1, letterId } }));
        const issued = await this.numbers.issue(user, key, letterId);
        return {
          command: { type: 'RegisterSuratMasuk', by, data: data({ source: 'jejak', issued }) },
          assign: withReference(assign, `Agenda surat masuk ${issued.year} nomor ${issued.n}`),
        };
      },
      { create: true },
    );
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
    return { link: { flow: flow.key, caseId: this.executor.newId() }, opening: { reference: '', origin: `surat-masuk/${letterId}` } };
  }
}

function withReference(assign: FlowAssignment | null, reference: string): FlowAssignment | null {
  return assign === null || assign.opening === null ? assign : { ...assign, opening: { ...assign.opening, reference } };
}

/** The registration as it would be decided, with a placeholder number: fails before any number is reserved. */
function dryRun(tenant: TenantLetters, state: SuratMasukState, by: ReturnType<typeof actingUser>, data: RegisterSuratMasukData): void {
  decideLocalised(() => tenant.masuk.decide({ type: 'RegisterSuratMasuk', by, data }, state));
}
