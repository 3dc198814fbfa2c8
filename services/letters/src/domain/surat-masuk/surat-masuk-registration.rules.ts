import { forbidden, illegalState } from '@jejak/domain-kit';
import { personAs, type ActingUser } from '../acting-user';
import { checkDocuments, checkSopCase, checkUserRef } from '../document-ref.policy';
import { checkKlasifikasi } from '../klasifikasi.policy';
import type { LettersDeps } from '../letters.deps';
import { isSifat, type IsoInstant } from '../letter-values';
import { isIsoDate, localDate } from '../local-date';
import { checkNumberSource, recordNumber } from '../number-source.policy';
import { Problems } from '../problems';
import type { RegisterSuratMasukData } from './surat-masuk.commands';
import type { SuratMasukEvent } from './surat-masuk.events';
import type { SuratMasukState } from './surat-masuk.state';

/**
 * Registration (agenda) of an incoming letter by a registrar. The agenda number is either Jejak's
 * (issued for this letter id by the `agenda-masuk` NumberSequence first) or the number SRIKANDI/TNDE
 * already gave it; then Jejak issues none. The letter is routed to the Kepala Dinas: the holder.
 */
export function decideRegister(deps: LettersDeps, state: SuratMasukState, by: ActingUser, data: RegisterSuratMasukData, at: IsoInstant): SuratMasukEvent[] {
  const { config } = deps;
  const registrarRole = by.roles.find((role) => config.suratMasuk.registrarRoles.includes(role));
  if (registrarRole === undefined) throw forbidden('NOT_REGISTRAR', 'only the petugas surat masuk may register incoming letters');
  if (state.stage !== 'unregistered') throw illegalState('SURAT_MASUK_ALREADY_REGISTERED', 'the letter is already registered');

  const now = new Date(at);
  const today = localDate(now, config.utcOffsetMinutes).iso;
  const problems = new Problems().text(data.letterId, 'letterId');
  const diterima = isIsoDate(data.tanggalDiterima);
  problems.check(diterima, 'tanggalDiterima', 'must be a date YYYY-MM-DD');
  problems.check(!diterima || data.tanggalDiterima <= today, 'tanggalDiterima', 'cannot be after today');
  problems.check(isIsoDate(data.tanggalSurat), 'tanggalSurat', 'must be a date YYYY-MM-DD');
  problems.check(!isIsoDate(data.tanggalSurat) || !diterima || data.tanggalSurat <= data.tanggalDiterima, 'tanggalSurat', 'cannot be after tanggalDiterima');
  problems.text(data.pengirim?.nama, 'pengirim.nama').text(data.nomorSurat, 'nomorSurat').text(data.perihal, 'perihal');
  problems.check(isSifat(data.sifat), 'sifat', 'must be biasa, penting, segera or rahasia');
  checkKlasifikasi(problems, data.klasifikasi, 'klasifikasi', config);
  checkDocuments(problems, data.lampiran, 'lampiran');
  (data.kepada ?? []).forEach((person, i) => checkUserRef(problems, person, `kepada[${i}]`));
  checkUserRef(problems, data.routeTo, 'routeTo');
  checkSopCase(problems, data.sopCase, 'sopCase');
  checkNumberSource(
    problems,
    data.nomorAgenda,
    { letterId: data.letterId, tenant: by.tenant, sequence: config.suratMasuk.agendaSequence, externalSystems: config.suratMasuk.externalSystems },
    'nomorAgenda',
  );
  problems.throwIfAny('SURAT_MASUK_INVALID', 'the incoming letter cannot be registered');

  const nomorAgenda = recordNumber(data.nomorAgenda, config.suratMasuk.agendaTemplate, {
    klasifikasi: data.klasifikasi,
    bulan: Number(data.tanggalDiterima.slice(5, 7)),
  });
  return [
    {
      type: 'SuratMasukRegistered',
      data: {
        letterId: data.letterId,
        tenant: by.tenant,
        nomorAgenda,
        tanggalDiterima: data.tanggalDiterima,
        pengirim: data.pengirim.instansi === undefined ? { nama: data.pengirim.nama } : { nama: data.pengirim.nama, instansi: data.pengirim.instansi },
        nomorSurat: data.nomorSurat.trim(),
        tanggalSurat: data.tanggalSurat,
        perihal: data.perihal.trim(),
        sifat: data.sifat,
        klasifikasi: data.klasifikasi,
        lampiran: data.lampiran,
        kepada: data.kepada ?? [],
        routedTo: personAs(data.routeTo, config.suratMasuk.holderRole),
        registeredBy: personAs(by, registrarRole),
        registeredAt: now.toISOString(),
        sopCase: data.sopCase ?? null,
      },
    },
  ];
}
