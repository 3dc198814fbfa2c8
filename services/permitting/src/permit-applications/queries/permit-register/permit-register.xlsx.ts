import ExcelJS from 'exceljs';
import type { PermitRegisterView } from './permit-register.handler';

const OUTCOME: Record<string, string> = { issued: 'Terbit', refused: 'Ditolak', withdrawn: 'Ditarik' };
const STAGE: Record<string, string> = { checking: 'Pemeriksaan berkas', deficient: 'Menunggu kelengkapan', verified: 'Terverifikasi', closed: 'Selesai' };
const KIND: Record<string, string> = { business: 'Pelaku usaha', cooperative: 'Koperasi', person: 'Perorangan' };

const COLUMNS: { header: string; width: number }[] = [
  { header: 'No', width: 5 }, { header: 'Tanggal daftar', width: 14 }, { header: 'Jenis pemohon', width: 14 }, { header: 'Nama usaha / koperasi', width: 30 },
  { header: 'Nomor rujukan sistem nasional', width: 24 }, { header: 'Tahap', width: 20 }, { header: 'Putaran kekurangan', width: 11 }, { header: 'Hasil', width: 10 },
  { header: 'Nomor izin', width: 24 }, { header: 'Tanggal terbit', width: 13 }, { header: 'Berlaku sampai', width: 13 }, { header: 'Waktu di luar dinas (jam)', width: 13 },
];

/** The register as a workbook: a title row, a header row (Bahasa Indonesia) and one row per application. */
export async function permitRegisterXlsx(view: PermitRegisterView): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet(`Register ${view.permitType}`.slice(0, 31), { pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  sheet.addRow([`Buku register ${view.permitType} tahun ${view.year} — dinas ${view.tenant}`]).font = { bold: true, size: 12 };
  sheet.mergeCells(1, 1, 1, COLUMNS.length);
  const header = sheet.addRow(COLUMNS.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  for (const e of view.entries) {
    sheet.addRow([
      e.no, e.registeredAt.slice(0, 10), KIND[e.applicantKind] ?? e.applicantKind, e.organisationName ?? '', e.nationalReference ?? '', STAGE[e.stage] ?? e.stage,
      e.deficiencyRounds, e.outcome ? OUTCOME[e.outcome] ?? e.outcome : '', e.permitNumber ?? '', e.issuedOn ?? '', e.validUntil ?? '', e.outsideHours,
    ]);
  }
  sheet.views = [{ state: 'frozen', ySplit: 2 }];
  return Buffer.from(await book.xlsx.writeBuffer());
}
