import { assertNever } from '@jejak/domain-kit';
import type { ReadableLetterView, RedactedLetterView } from '../domain';

/** One readable letter in a list: what a list row shows, without the disposition tree or drafts. */
export interface LetterSummary {
  redacted: false;
  id: string;
  jenis: string;
  sifat: string;
  status: string;
  nomor: string | null;
  tanggal: string | null;
  perihal: string;
  /** Incoming: the sender; outgoing: the addressees. */
  pihak: string;
  klasifikasi: string;
  sopCase: { sopNumber: string; caseId: string } | null;
}

export type LetterListItem = LetterSummary | RedactedLetterView;

export function summaryOf(view: ReadableLetterView): LetterSummary {
  const content = view.content;
  switch (content.kind) {
    case 'surat_masuk': {
      const { surat } = content;
      const pihak = surat.pengirim.instansi ? `${surat.pengirim.nama}, ${surat.pengirim.instansi}` : surat.pengirim.nama;
      return { redacted: false, id: view.id, jenis: view.jenis, sifat: view.sifat, status: view.status, nomor: surat.nomorAgenda.formatted, tanggal: surat.tanggalDiterima, perihal: surat.perihal, pihak, klasifikasi: surat.klasifikasi, sopCase: surat.sopCase };
    }
    case 'surat_keluar': {
      const { state } = content;
      const signed = state.stage === 'signed' || state.stage === 'dispatched' ? state.signature : null;
      const { naskah } = state;
      return { redacted: false, id: view.id, jenis: view.jenis, sifat: view.sifat, status: view.status, nomor: signed?.nomor.formatted ?? null, tanggal: signed?.tanggalSurat ?? null, perihal: naskah.perihal, pihak: naskah.kepada.map((k) => k.name).join('; '), klasifikasi: naskah.klasifikasi, sopCase: naskah.sopCase };
    }
    default:
      return assertNever(content, 'letter content');
  }
}
