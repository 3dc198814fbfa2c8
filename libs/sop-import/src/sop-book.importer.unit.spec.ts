import { isDomainError } from '@jejak/domain-kit';
import { importSopBook } from './sop-book.importer';

const t = (...cells: string[]) => cells.join('\t');

/** A small SOP in the shape of the Jawa Timur seeds: page headers, identity box, a table over two pages. */
const singleSop = [
  '',
  'Dinas Koperasi, Usaha Kecil dan Menengah', // 2: page header
  'Provinsi Jawa Timur',
  '',
  '1.2.3 SOP Uji Coba Layanan', // 5
  '',
  t(' Pemerintah Provinsi Jawa Timur Dinas Koperasi dan UKM', 'Nomor SOP', ':', '000.8/1/2024'), // 7
  t('', 'Tanggal Pembuatan', ':', '2 Januari 2024'),
  t('', 'Tanggal Revisi', ':', ''),
  t('', 'Tanggal Efektif', ':', '3 Januari 2024'), // 10
  t('', 'Disahkan oleh', ':', 'Kepala Dinas Koperasi dan UKM <u>Dr. Siti Aminah, M.M.</u> NIP. 197001011990032001'),
  t('Bidang Usaha Mikro', 'Nama SOP', ':', 'Uji Coba Layanan'),
  '',
  t('Dasar Hukum', 'Kualifikasi Pelaksana'), // 14
  t('<ol> 1. Undang-Undang Nomor 25 Tahun 1992 Tentang Perkoperasian 2. Peraturan Daerah Nomor 4 Tahun 2007', '<ol><li>1. Mampu mengoperasikan komputer</li></ol>'),
  t('Keterkaitan SOP', 'Peralatan/Perlengkapan'),
  t('SOP ini tidak berkaitan dengan SOP lain.', '1. Komputer 2. Printer'),
  t('Peringatan', 'Pencatatan &amp; Pendataan'),
  t('Apabila SOP ini tidak dilakukan maka layanan terhambat', 'Buku agenda'), // 19
  '',
  '',
  '',
  'Dinas Koperasi, Usaha Kecil dan Menengah', // 23: page header
  'Provinsi Jawa Timur',
  '',
  t('No', 'Kegiatan', 'Pelaksana', '', '', 'Mutu Baku', '', '', 'Keterangan'), // 26
  t('', '', 'Kepala Dinas', 'Kepala Bidang', 'Pemohon', 'Kelengkapan', 'Waktu', 'Output', ''),
  t('<b>Penerimaan Berkas</b>', '', '', '', '', '', '', '', ''), // 28
  t('1.', 'Pemohon menyerahkan berkas permohonan', '', '', '', 'Berkas', '10 Menit', 'Berkas diterima', ''),
  t('2.', 'Memeriksa berkas, jika ada kesalahan dikembalikan kepada Pemohon', '', '', '', 'Berkas', 'Maksimal 1 hari', 'Berkas diperiksa', ''), // 30
  t('', 'dan dicatat dalam buku agenda', '', '', '', '', '', '', ''), // 31: continuation
  t('\t1\t1'), // 32: debris
  '',
  '',
  '',
  'Dinas Koperasi, Usaha Kecil dan Menengah', // 36
  'Provinsi Jawa Timur',
  '',
  t('No', 'Kegiatan', 'Pelaksana', '', '', 'Mutu Baku', '', '', 'Keterangan'), // 39
  t('', '', 'Kepala Dinas', 'Kepala Bidang', 'Pemohon', 'Kelengkapan', 'Waktu', 'Output', ''),
  t('3 4', 'Kabid memaraf Kadis menandatangani', '', '', '', 'Draft', 'WAKT 1 hari 2 hari', 'Surat', ''), // 41: merged
  t('5.', 'Kabid menyerahkan surat kepada pemohon', '', '▭', '', 'Surat', '2-4 hari', 'Surat diterima', ''), // 42
  t('<b>Pengaduan</b>', '', '', '', '', '', '', '', ''), // 43
  t('1.', 'Menerima pengaduan', '', '', '', '', 'Menyesuaikan', 'Pengaduan dicatat', ''), // 44
].join('\n');

describe('importSopBook on one SOP', () => {
  const report = importSopBook(singleSop, { dinas: '35', source: 'uji.txt' });
  const [sop] = report.sops;

  it('reads one SOP with its identity, skipping the repeated page headers', () => {
    expect(report).toMatchObject({ source: 'uji.txt', dinas: '35', index: [] });
    expect(report.sops).toHaveLength(1);
    expect(sop.content.identity).toEqual({
      instansi: 'Dinas Koperasi dan UKM Provinsi Jawa Timur',
      unit: 'Bidang Usaha Mikro',
      nomor: '000.8/1/2024',
      nama: 'Uji Coba Layanan',
      tanggalPembuatan: '2024-01-02',
      tanggalRevisi: null,
      tanggalEfektif: '2024-01-03',
      disahkanOleh: { nama: 'Dr. Siti Aminah, M.M.', nip: '197001011990032001', jabatan: 'Kepala Dinas Koperasi dan UKM' },
      dasarHukum: ['Undang-Undang Nomor 25 Tahun 1992 Tentang Perkoperasian', 'Peraturan Daerah Nomor 4 Tahun 2007'],
      keterkaitan: [],
      peringatan: 'Apabila SOP ini tidak dilakukan maka layanan terhambat',
      kualifikasiPelaksana: ['Mampu mengoperasikan komputer'],
      peralatanPerlengkapan: ['Komputer', 'Printer'],
      pencatatanPendataan: 'Buku agenda',
    });
    expect(sop.identityFound).not.toContain('tanggalRevisi');
    expect(sop.identityFound).toEqual(expect.arrayContaining(['nomor', 'nama', 'tanggalEfektif', 'disahkanOleh', 'instansi', 'unit']));
  });

  it('reads the sub-procedures, follows the table across the page break and merges a continuation row', () => {
    expect(sop.procedures.map((procedure) => [procedure.name, procedure.stepCount])).toEqual([
      ['Penerimaan Berkas', 3],
      ['Pengaduan', 1],
    ]);
    expect(sop.steps.map((step) => `${step.procedure}.${step.no}@${step.line}`)).toEqual(['1.1@29', '1.2@30', '1.5@42', '2.1@44']);
    expect(sop.steps[1].activity).toBe('Memeriksa berkas, jika ada kesalahan dikembalikan kepada Pemohon dan dicatat dalam buku agenda');
    expect(sop.steps[0].roles).toEqual(['Pemohon']);
    expect(sop.steps[2].roles).toEqual(['Kepala Bidang']);
    expect(sop.steps[2].waktu).toEqual({ raw: '2-4 hari', min: 2, max: 4, unit: 'hari', ceiling: false });
    expect(sop.roles).toEqual(['Kepala Dinas', 'Kepala Bidang', 'Pemohon']);
  });

  it('wires a decision that goes back to the step of the role the text names', () => {
    expect(sop.steps[1].decision).toEqual({ question: 'Memeriksa berkas: benar?', ya: 5, tidak: 1 });
  });

  it('never drops a row silently: debris, merged rows and gaps are warnings with their line', () => {
    const lines = (pattern: RegExp) => sop.warnings.filter((warning) => pattern.test(warning.message)).map((warning) => warning.line);
    expect(lines(/tidak dikenali/)).toEqual([32]);
    expect(lines(/^Baris rusak/)).toEqual([41]);
    expect(lines(/melompat dari 2 ke 5/)).toEqual([42]);
    expect(lines(/pelaksana tidak terbaca/)).toEqual([30, 44]);
    expect(lines(/keputusan/)).toEqual([30]);
    expect(sop.warnings.every((warning) => warning.sop === '000.8/1/2024')).toBe(true);
    expect(report.warnings).toEqual(sop.warnings);
  });

  it('keeps the SOP content model and the flat step list in step', () => {
    const [first] = sop.content.procedures;
    expect(first.roles).toEqual(['Kepala Dinas', 'Kepala Bidang', 'Pemohon']);
    expect(first.steps[0]).toEqual({
      no: 1,
      kegiatan: 'Pemohon menyerahkan berkas permohonan',
      pelaksana: ['Pemohon'],
      decision: null,
      mutuBaku: { kelengkapan: ['Berkas'], waktu: { raw: '10 Menit', min: 10, max: 10, unit: 'menit', ceiling: false }, output: 'Berkas diterima' },
      keterangan: '',
    });
  });
});

describe('importSopBook on a book', () => {
  const book = [
    'DINAS KOPERASI DAN UKM KABUPATEN CONTOH', // 1
    'Kata pengantar yang tidak diimpor.',
    '',
    t('NO', 'NAMA SOP', 'NOMOR SOP'), // 4
    t('A', 'BIDANG KOPERASI', ''),
    t('1', 'SOP Pendaftaran Koperasi', '01/SOP/X/2024'),
    t('2', 'SOP Pembinaan Koperasi', '02/SOP/X/2024'),
    t('B', 'BAGIAN UMUM', ''),
    t('3', 'SOP Surat Masuk', '03/SOP/X/2024'),
    '',
    t('', 'NOMOR SOP', ': 01/SOP/X/2024'), // 11
    t('', 'NAMA SOP', 'PENDAFTARAN KOPERASI'),
    t('NO', 'KEGIATAN', 'PETUGAS', 'KEPALA', 'KELENGKAPAN', 'WAKTU', 'OUTPUT', 'KET'), // 13
    t('1', 'Petugas menerima berkas pendaftaran', '', '', 'Berkas', '1 hari', 'Berkas', ''),
    '',
    t('NO', 'KEGIATAN', 'STAF', 'KEPALA', 'KELENGKAPAN', 'WAKTU', 'OUTPUT', 'KET'), // 16
    t('1', 'Menyusun jadwal pembinaan koperasi', '', '•', 'Data', '2 Minggu', 'Jadwal', ''), // 17
  ].join('\n');
  const report = importSopBook(book);

  it('reads the list of SOPs with their group as unit', () => {
    expect(report.index).toEqual([
      { no: 1, number: '01/SOP/X/2024', name: 'SOP Pendaftaran Koperasi', line: 6, unit: 'BIDANG KOPERASI' },
      { no: 2, number: '02/SOP/X/2024', name: 'SOP Pembinaan Koperasi', line: 7, unit: 'BIDANG KOPERASI' },
      { no: 3, number: '03/SOP/X/2024', name: 'SOP Surat Masuk', line: 9, unit: 'BAGIAN UMUM' },
    ]);
  });

  it('matches pages to the list by number, and a page without identity by order and title, saying so', () => {
    expect(report.sops.map((sop) => [sop.number, sop.name, sop.indexEntry?.no, sop.content.identity.unit])).toEqual([
      ['01/SOP/X/2024', 'Pendaftaran Koperasi', 1, 'BIDANG KOPERASI'],
      ['02/SOP/X/2024', 'Pembinaan Koperasi', 2, 'BIDANG KOPERASI'],
    ]);
    expect(report.sops[1].steps[0].roles).toEqual(['Kepala']);
    expect(report.sops[1].identityFound).toEqual([]);
    expect(report.sops[1].warnings.map((warning) => [warning.line, warning.message])).toContainEqual([
      17,
      'Blok identitas SOP tidak ditemukan; dicocokkan dengan daftar SOP no. 2 "SOP Pembinaan Koperasi" (02/SOP/X/2024) berdasarkan urutan dan judul',
    ]);
    expect(report.sops.every((sop) => sop.content.identity.instansi === 'DINAS KOPERASI DAN UKM KABUPATEN CONTOH')).toBe(true);
  });

  it('reports the opening pages and the listed SOPs it did not find', () => {
    expect(report.warnings.filter((warning) => warning.sop === undefined).map((warning) => [warning.line, warning.message])).toEqual([
      [1, 'Baris 1–3 (bagian pembuka buku: keputusan, kata pengantar, bab pendahuluan) tidak diimpor sebagai SOP'],
      [4, '1 SOP dalam daftar tidak ditemukan halamannya di dokumen: no. 3'],
    ]);
  });
});

describe('importSopBook options and edge cases', () => {
  it('rejects a malformed dinas code with a validation error', () => {
    for (const dinas of ['3501', '35.1', 'JATIM', '']) {
      try {
        importSopBook('x', { dinas });
        throw new Error('no error');
      } catch (error) {
        expect(isDomainError(error) && error.code).toBe('DINAS_CODE_INVALID');
      }
    }
    expect(importSopBook('', { dinas: '35.01' }).dinas).toBe('35.01');
  });

  it('reads Windows line endings and a byte-order mark the same way', () => {
    const unix = importSopBook(singleSop);
    const windows = importSopBook(`\uFEFF${singleSop.replace(/\n/g, '\r\n')}`);
    expect(windows).toEqual(unix);
    expect(unix.sops[0].steps).toHaveLength(4);
  });

  it('says so when a text holds no SOP', () => {
    expect(importSopBook('Sekadar catatan.\n')).toEqual({ source: null, dinas: null, sops: [], index: [], indexOnly: [], warnings: [{ line: 1, message: 'Tidak ada SOP yang terbaca di dokumen' }] });
  });
});
