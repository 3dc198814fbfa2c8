import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { numberRefOf, type NumberRef } from '../../../domain';
import type { AgendaBook } from '../../../read-model/agenda-book';
import { AgendaBookReader } from '../../../read-model/agenda-book.reader';
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
  constructor(private readonly books: AgendaBookReader) {}

  execute({ user, page }: AgendaSuratMasukQuery): Promise<AgendaBook<AgendaMasukLine>> {
    return this.books.read(user, 'surat_masuk', page, (view): AgendaMasukLine | null => {
      if (view.content.kind !== 'surat_masuk') return null;
      const { surat } = view.content;
      return {
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
      };
    });
  }
}
