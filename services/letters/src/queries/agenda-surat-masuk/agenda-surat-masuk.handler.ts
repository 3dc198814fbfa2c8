import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { LettersConfigRegistry } from '../../config/letters-config.registry';
import { localDate, numberRefOf, type NumberRef, type RedactedLetterView } from '../../domain';
import type { AgendaBook } from '../agenda-book';
import { accessFor } from '../letter-reader.access';
import { LetterRowsReader, storedOf, type LetterRow } from '../letter-rows.reader';
import { AgendaSuratMasukQuery } from './agenda-surat-masuk.query';

/** A line of the buku agenda surat masuk, as on the disposition sheet. */
export interface AgendaMasukLine {
  redacted: false;
  id: string;
  nomorAgenda: string;
  nomorRef: NumberRef;
  tanggalDiterima: string;
  suratDari: string;
  nomorSurat: string;
  tanggalSurat: string;
  perihal: string;
  sifat: string;
  klasifikasi: string;
  status: string;
  diteruskanKepada: string[];
}

/** The incoming agenda book of a year, in agenda-number order. Rahasia letters outside the user's chain: existence only. */
@QueryHandler(AgendaSuratMasukQuery)
export class AgendaSuratMasukHandler implements IQueryHandler<AgendaSuratMasukQuery, AgendaBook<AgendaMasukLine>> {
  constructor(
    private readonly rows: LetterRowsReader,
    private readonly registry: LettersConfigRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, year }: AgendaSuratMasukQuery): Promise<AgendaBook<AgendaMasukLine>> {
    const bookYear = year ?? localDate(this.clock.now(), this.registry.config(user.tenant).utcOffsetMinutes).year;
    const rows = await this.rows.query<LetterRow>(
      `SELECT letter_id, kind, state FROM letters WHERE tenant = $1 AND kind = 'surat_masuk' AND agenda_year = $2
       ORDER BY number_sequence NULLS LAST, number_n NULLS LAST, created_at, letter_id`,
      [user.tenant, bookYear],
    );
    const entries = rows.flatMap((row): (AgendaMasukLine | RedactedLetterView)[] => {
      const view = accessFor(storedOf(row), user);
      if (view === null) return [];
      if (view.redacted || view.content.kind !== 'surat_masuk') return view.redacted ? [view] : [];
      const { surat } = view.content;
      return [
        {
          redacted: false,
          id: view.id,
          nomorAgenda: surat.nomorAgenda.formatted,
          nomorRef: numberRefOf(surat.nomorAgenda),
          tanggalDiterima: surat.tanggalDiterima,
          suratDari: surat.pengirim.instansi ? `${surat.pengirim.nama}, ${surat.pengirim.instansi}` : surat.pengirim.nama,
          nomorSurat: surat.nomorSurat,
          tanggalSurat: surat.tanggalSurat,
          perihal: surat.perihal,
          sifat: surat.sifat,
          klasifikasi: surat.klasifikasi,
          status: view.status,
          diteruskanKepada: surat.dispositions.filter((d) => d.level === 1).map((d) => d.to.unit ?? d.to.name),
        },
      ];
    });
    return { year: bookYear, entries };
  }
}
