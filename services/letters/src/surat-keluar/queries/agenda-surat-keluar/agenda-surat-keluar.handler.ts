import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { numberRefOf, type Dispatch, type NumberRef, type Person } from '../../../domain';
import type { AgendaBook } from '../../../read-model/agenda-book';
import { AgendaBookReader } from '../../../read-model/agenda-book.reader';
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
  constructor(private readonly books: AgendaBookReader) {}

  execute({ user, page }: AgendaSuratKeluarQuery): Promise<AgendaBook<AgendaKeluarLine>> {
    return this.books.read(user, 'surat_keluar', page, (view): AgendaKeluarLine | null => {
      if (view.content.kind !== 'surat_keluar') return null;
      const { state } = view.content;
      if (state.stage !== 'signed' && state.stage !== 'dispatched') return null;
      return {
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
      };
    });
  }
}
