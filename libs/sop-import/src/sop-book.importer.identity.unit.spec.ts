import { importSopBook } from './sop-book.importer';

const t = (...cells: string[]) => cells.join('\t');

/** An SOP with no "Disahkan oleh", a "31-Aug-23" date, a dashed dasar hukum and Ya/Tidak labels in the role columns. */
const text = [
  t(' Pemerintah Provinsi Jawa Timur Dinas Koperasi dan UKM', 'Nomor SOP', ':', '000.8/2/2023'), // 1
  t('', 'Tanggal Pembuatan', ':', '31-Aug-23'),
  t('', 'Tanggal Revisi', ':', ''),
  t('', 'Tanggal Efektif', ':', '1-Sep-23'),
  t('Bidang Usaha Mikro', 'Nama SOP', ':', 'Uji Label Keputusan'), // 5
  '',
  t('Dasar Hukum', 'Kualifikasi Pelaksana'),
  t('- Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian - Peraturan Daerah Nomor 4 Tahun 2007 tentang Koperasi', '1. Mampu mengoperasikan komputer'),
  '',
  t('No', 'Kegiatan', 'Pelaksana', '', '', 'Mutu Baku', '', '', 'Keterangan'), // 10
  t('', '', 'Kepala Dinas', 'Kepala Bidang', 'Staf', 'Kelengkapan', 'Waktu', 'Output', ''),
  t('1.', 'Staf menyiapkan konsep surat', '', '', '', 'Data', '1 hari', 'Konsep surat', ''),
  t('2.', 'Kepala Bidang memeriksa konsep surat', '', 'Ya', 'Tidak', 'Konsep', '1 hari', 'Konsep diperiksa', ''), // 13
  t('3.', 'Kepala Dinas menandatangani surat', '', '(Ya) Tidak', '', 'Surat', '1 hari', 'Surat sah', ''), // 14: one cell with both labels
].join('\n');

describe('importSopBook: identity fixes and decision labels', () => {
  const [sop] = importSopBook(text).sops;
  const messages = sop.warnings.map((warning) => warning.message);

  it('warns when "Disahkan oleh" is missing', () => {
    expect(sop.content.identity.disahkanOleh).toBeNull();
    expect(sop.warnings).toContainEqual({ line: 1, sop: '000.8/2/2023', message: 'Disahkan oleh tidak ada di blok identitas; isi pengesah (nama, NIP, jabatan) sebelum SOP diajukan' });
  });

  it('reads "31-Aug-23" dates and splits dasar hukum items separated by "-"', () => {
    expect(sop.content.identity).toMatchObject({ tanggalPembuatan: '2023-08-31', tanggalEfektif: '2023-09-01', unit: 'Bidang Usaha Mikro' });
    expect(sop.content.identity.dasarHukum).toEqual(['Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian', 'Peraturan Daerah Nomor 4 Tahun 2007 tentang Koperasi']);
  });

  it('reads Ya/Tidak in the pelaksana columns as decision labels, not as unreadable text', () => {
    expect(messages.filter((message) => /tak terbaca di kolom pelaksana|tidak dapat dipetakan/.test(message))).toEqual([]);
    expect(sop.steps[1].decision).toEqual({ question: 'Kepala Bidang memeriksa konsep surat?', ya: 3, tidak: 1 });
    expect(sop.steps[1].roles).toEqual(['Kepala Bidang']);
  });
});
