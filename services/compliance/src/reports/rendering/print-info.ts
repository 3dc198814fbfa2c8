import type { Pengesah } from '@jejak/contracts';
import type { IsoDate } from '../../domain';

/** A signatory of the printed form. */
export interface Penandatangan {
  /** e.g. "Kepala Dinas Koperasi dan UKM Provinsi Jawa Timur". */
  jabatan: string;
  /** Full name with titles; empty leaves a line to write it by hand. */
  nama: string;
  /** 18-digit NIP (ASN employee number), printed grouped "19680117 199403 2 003"; null leaves a dotted line. */
  nip?: string | null;
  /** Rank and grade, e.g. "Pembina Utama Muda (IV/c)", printed under the name when given. */
  pangkat?: string | null;
}

/**
 * What the printed form needs beyond the form's data: where and when it is signed, and by whom. The dinas name and
 * the SOP come from the form itself.
 */
export interface ReportPrintInfo {
  /** Place of signing, e.g. "Surabaya", "Pontianak", "Pacitan". */
  tempat: string;
  /** Date of the document, YYYY-MM-DD. Also the XLSX workbook's created/modified date, so files are reproducible. */
  tanggal: IsoDate;
  /** The Kepala Dinas, who signs under "Mengetahui,". */
  mengetahui: Penandatangan;
  /** The officer who carried out the monitoring or evaluation; signs beside the place and date. Optional. */
  penilai?: (Penandatangan & { /** Caption above the jabatan; default "Pelaksana Monitoring" / "Pelaksana Evaluasi". */ sebagai?: string }) | null;
  /** First line of the letterhead; default derived from the dinas name ("PEMERINTAH PROVINSI JAWA TIMUR"). */
  pemerintah?: string | null;
  /** Address line of the letterhead (street, telephone), when the dinas wants it printed. */
  alamat?: string | null;
}

/** The SOP's pengesah (usually the Kepala Dinas who signed it) as the "Mengetahui" signatory. */
export function penandatanganFromPengesah(pengesah: Pengesah): Penandatangan {
  return { jabatan: pengesah.jabatan, nama: pengesah.nama, nip: pengesah.nip };
}

const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/** "2025-06-30" -> "30 Juni 2025". Throws on anything that is not a calendar date. */
export function formatTanggal(date: IsoDate): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const month = match ? BULAN[Number(match[2]) - 1] : undefined;
  if (!match || month === undefined || Number(match[3]) < 1 || Number(match[3]) > 31) throw new Error(`not a date YYYY-MM-DD: ${date}`);
  return `${Number(match[3])} ${month} ${match[1]}`;
}

/** "1 Januari 2025 s.d. 30 Juni 2025". */
export const formatPeriode = (periode: { dari: IsoDate; sampai: IsoDate }): string => `${formatTanggal(periode.dari)} s.d. ${formatTanggal(periode.sampai)}`;

/** An 18-digit NIP grouped as printed on Indonesian forms: birth date, appointment month, sex, serial. Other values as given. */
export function formatNip(nip: string): string {
  const digits = nip.replace(/\s+/g, '');
  if (!/^\d{18}$/.test(digits)) return nip.trim();
  return `${digits.slice(0, 8)} ${digits.slice(8, 14)} ${digits.slice(14, 15)} ${digits.slice(15)}`;
}

/**
 * The letterhead's first line from the dinas name: "Dinas ... Provinsi Jawa Timur" -> "PEMERINTAH PROVINSI JAWA TIMUR",
 * "... Kabupaten Pacitan" -> "PEMERINTAH KABUPATEN PACITAN", "... Kota Pontianak" -> "PEMERINTAH KOTA PONTIANAK"; null when
 * the name tells no region.
 */
export function pemerintahOf(instansi: string): string | null {
  const match = /\b(provinsi|kabupaten|kota)\s+(.+)$/i.exec(instansi.trim());
  if (!match) return null;
  return `PEMERINTAH ${match[1].toUpperCase()} ${match[2].replace(/\s+/g, ' ').toUpperCase()}`;
}

/** A file-name-safe stem: ASCII letters, digits and dashes. */
export function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ascii.slice(0, 60).replace(/-+$/, '') || 'sop';
}
