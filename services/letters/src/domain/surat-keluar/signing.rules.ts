import { assertNever, forbidden, illegalState, notFound } from '@jejak/domain-kit';
import type { ActingUser } from '../acting-user';
import type { LettersDeps } from '../letters.deps';
import type { IsoInstant, NumberSource } from '../letter-values';
import { isIsoInstant, localDate } from '../local-date';
import { checkNumberSource, recordNumber } from '../number-source.policy';
import { Problems, isText } from '../problems';
import type { SuratKeluarEvent } from './surat-keluar.events';
import { requireWritten } from './surat-keluar.guards';
import type { SuratKeluarState } from './surat-keluar.state';

type AwaitingSignature = Extract<SuratKeluarState, { stage: 'awaiting_signature' }>;

/**
 * Whether `by` may sign now. The application calls it BEFORE issuing a number, so numbers are not
 * reserved for signatures that would be refused. Signing an unreviewed draft is illegal_state.
 */
export function assertCanSign(state: SuratKeluarState, letterId: string, by: ActingUser): AwaitingSignature {
  if (state.stage === 'none') throw notFound('SURAT_KELUAR_NOT_FOUND', `no draft ${letterId}`);
  const written = requireWritten(state, letterId, by);
  switch (written.stage) {
    case 'draft':
    case 'returned':
    case 'in_review':
      throw illegalState('DRAFT_NOT_REVIEWED', 'the draft has not gone through its paraf chain');
    case 'signed':
    case 'dispatched':
      throw illegalState('ALREADY_SIGNED', 'the letter is already signed and numbered');
    case 'awaiting_signature':
      if (written.review.signer.userId !== by.userId || !by.roles.includes(written.review.signer.role)) {
        throw forbidden('NOT_SIGNER', `only ${written.review.signer.name} as ${written.review.signer.role} may sign this letter`);
      }
      return written;
    default:
      return assertNever(written, 'state');
  }
}

/**
 * The signer signs; the letter takes the number issued for it (see NumberSequence for the order
 * of the two writes) formatted by the dinas's template, or the number SRIKANDI gave it.
 */
export function decideSign(deps: LettersDeps, state: SuratKeluarState, by: ActingUser, data: { letterId: string; nomor: NumberSource }, at: IsoInstant): SuratKeluarEvent[] {
  const { naskah, review } = assertCanSign(state, data.letterId, by);
  const { config } = deps;
  const rules = config.suratKeluar[naskah.jenis];
  const problems = new Problems();
  checkNumberSource(problems, data.nomor, { letterId: naskah.letterId, tenant: naskah.tenant, sequence: rules.sequence, externalSystems: config.suratMasuk.externalSystems }, 'nomor');
  problems.throwIfAny('NUMBER_INVALID', 'the number cannot be given to this letter');
  const now = new Date(at);
  const today = localDate(now, config.utcOffsetMinutes);
  const nomor = recordNumber(data.nomor, rules.template, { klasifikasi: naskah.klasifikasi, unit: naskah.unitKode, bulan: today.month });
  return [
    {
      type: 'LetterSigned',
      data: { letterId: naskah.letterId, jenis: naskah.jenis, nomor, tanggalSurat: today.iso, by: review.signer, signedAt: now.toISOString(), sopCase: naskah.sopCase },
    },
  ];
}

/**
 * Dispatch (pengiriman): records how and when the signed letter left, as an entry of the outgoing
 * agenda book. The drafter or a dispatcher records it; one record per channel.
 */
export function decideDispatch(
  deps: LettersDeps,
  state: SuratKeluarState,
  by: ActingUser,
  data: { letterId: string; via: string; dispatchedAt?: IsoInstant; catatan?: string },
  at: IsoInstant,
): SuratKeluarEvent[] {
  const { config } = deps;
  const written = requireWritten(state, data.letterId, by);
  if (written.stage !== 'signed' && written.stage !== 'dispatched') throw illegalState('NOT_SIGNED', 'only a signed letter is dispatched');
  const { naskah, signature } = written;
  const isDrafter = naskah.drafter.userId === by.userId;
  const dispatcherRole = by.roles.find((role) => config.dispatch.dispatcherRoles.includes(role));
  if (!isDrafter && dispatcherRole === undefined) throw forbidden('NOT_DISPATCHER', 'only the drafter or the petugas may record a dispatch');
  if (written.stage === 'dispatched' && written.dispatches.some((d) => d.via === data.via)) {
    throw illegalState('ALREADY_DISPATCHED_VIA', `the letter was already sent via ${data.via}`);
  }
  const now = new Date(at);
  const recordedAt = now.toISOString();
  const dispatchedAt = data.dispatchedAt ?? recordedAt;
  const problems = new Problems();
  problems.check(config.dispatch.channels.includes(data.via), 'via', `one of ${config.dispatch.channels.join(', ')}`);
  const validInstant = isIsoInstant(dispatchedAt);
  problems.check(validInstant, 'dispatchedAt', 'must be an ISO instant');
  problems.check(!validInstant || Date.parse(dispatchedAt) <= now.getTime(), 'dispatchedAt', 'cannot be in the future');
  problems.check(!validInstant || Date.parse(dispatchedAt) >= Date.parse(signature.at), 'dispatchedAt', 'cannot be before the signature');
  problems.throwIfAny('DISPATCH_INVALID', 'the dispatch cannot be recorded');
  return [
    {
      type: 'LetterDispatched',
      data: {
        letterId: naskah.letterId,
        via: data.via,
        dispatchedAt: new Date(dispatchedAt).toISOString(),
        recordedAt,
        by: isDrafter ? { userId: by.userId, name: by.name, role: naskah.drafter.role } : { userId: by.userId, name: by.name, role: dispatcherRole ?? naskah.drafter.role },
        catatan: isText(data.catatan) ? data.catatan.trim() : '',
        agenda: {
          jenis: naskah.jenis,
          nomor: signature.nomor.formatted,
          tanggalSurat: signature.tanggalSurat,
          perihal: naskah.perihal,
          sifat: naskah.sifat,
          kepada: naskah.kepada.map((a) => a.name),
        },
        sopCase: naskah.sopCase,
      },
    },
  ];
}
