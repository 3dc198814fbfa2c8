import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@jejak/domain-kit';
import { LettersConfigRegistry } from '../../config/letters-config.registry';
import { localDate, numberRefOf, type Dispatch, type NumberRef, type Person, type RedactedLetterView } from '../../domain';
import type { AgendaBook } from '../agenda-book';
import { accessFor } from '../letter-reader.access';
import { LetterRowsReader, storedOf, type LetterRow } from '../letter-rows.reader';
import { AgendaSuratKeluarQuery } from './agenda-surat-keluar.query';

/** A line of the buku agenda surat keluar: the numbered letter and how and when it left. */
export interface AgendaKeluarLine {
  redacted: false;
  id: string;
  jenis: string;
  nomor: string;
  nomorRef: NumberRef;
  tanggalSurat: string;
  perihal: string;
  sifat: string;
  kepada: string[];
  ditandatanganiOleh: Person;
  status: string;
  pengiriman: readonly Dispatch[];
}

/** The outgoing agenda book of a year: every letter numbered that year, by book and number. */
@QueryHandler(AgendaSuratKeluarQuery)
export class AgendaSuratKeluarHandler implements IQueryHandler<AgendaSuratKeluarQuery, AgendaBook<AgendaKeluarLine>> {
  constructor(
    private readonly rows: LetterRowsReader,
    private readonly registry: LettersConfigRegistry,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ user, year }: AgendaSuratKeluarQuery): Promise<AgendaBook<AgendaKeluarLine>> {
    const bookYear = year ?? localDate(this.clock.now(), this.registry.config(user.tenant).utcOffsetMinutes).year;
    const rows = await this.rows.query<LetterRow>(
      `SELECT letter_id, kind, state FROM letters WHERE tenant = $1 AND kind = 'naskah_keluar' AND agenda_year = $2
       ORDER BY number_sequence NULLS LAST, number_n NULLS LAST, created_at, letter_id`,
      [user.tenant, bookYear],
    );
    const entries = rows.flatMap((row): (AgendaKeluarLine | RedactedLetterView)[] => {
      const view = accessFor(storedOf(row), user);
      if (view === null) return [];
      if (view.redacted) return [view];
      if (view.content.kind !== 'naskah_keluar') return [];
      const { state } = view.content;
      if (state.stage !== 'signed' && state.stage !== 'dispatched') return [];
      return [
        {
          redacted: false,
          id: view.id,
          jenis: view.jenis,
          nomor: state.signature.nomor.formatted,
          nomorRef: numberRefOf(state.signature.nomor),
          tanggalSurat: state.signature.tanggalSurat,
          perihal: state.naskah.perihal,
          sifat: state.naskah.sifat,
          kepada: state.naskah.kepada.map((k) => k.name),
          ditandatanganiOleh: state.signature.by,
          status: view.status,
          pengiriman: state.stage === 'dispatched' ? state.dispatches : [],
        },
      ];
    });
    return { year: bookYear, entries };
  }
}
