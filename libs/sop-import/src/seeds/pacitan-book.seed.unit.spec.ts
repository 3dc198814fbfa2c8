import { importSopBook } from '../sop-book.importer';
import { readSeed, SEEDS } from '../testing/seeds';

describe('seed: Pacitan SOP book 2023', () => {
  const report = importSopBook(readSeed(SEEDS.pacitanBook), { dinas: '35.01' });
  const sop = (no: number) => {
    const found = report.sops.find((candidate) => candidate.indexEntry?.no === no) ?? report.indexOnly.find((only) => only.entry.no === no)?.page;
    if (!found) throw new Error(`SOP ${no} not read`);
    return found;
  };
  const warningsOf = (no: number, pattern: RegExp) => sop(no).warnings.filter((warning) => pattern.test(warning.message)).map((warning) => warning.line);

  it('reads the list of 46 SOPs with numbers, names, lines and group units', () => {
    expect(report.index).toHaveLength(46);
    expect(report.index.map((entry) => entry.no)).toEqual(Array.from({ length: 46 }, (_, i) => i + 1));
    expect(report.index[0]).toEqual({ no: 1, number: '01/SOP/DIKUPERIND/2023', name: 'SOP Pengajuan Sertifikat Nomor Induk Berkoperasi (NIK)', line: 375, unit: 'BIDANG KOPERASI' });
    expect(report.index[9]).toEqual({ no: 10, number: '10/SOP/ DIKUPERIND/2023', name: 'SOP Galeri Produk UMKM', line: 385, unit: 'BIDANG USAHA MIKRO' });
    expect(report.index[24]).toMatchObject({ no: 25, name: 'SOP Surat Masuk', number: '25/SOP/DIKUPERIND/2023', unit: 'BAGIAN KEPEGAWAIAN' });
    expect(report.index[28]).toMatchObject({ no: 29, name: 'SOP Kenaikan Gaji Berkala', line: 408 });
    expect(report.index[45]).toEqual({ no: 46, number: '46SOP/DIKUPERIND/2023', name: 'SOP Perbendaharaan Gaji', line: 427, unit: 'BAGIAN KEUANGAN' });
    const units = report.index.reduce<Record<string, number>>((counts, entry) => ({ ...counts, [entry.unit ?? '-']: (counts[entry.unit ?? '-'] ?? 0) + 1 }), {});
    expect(units).toEqual({
      'BIDANG KOPERASI': 6,
      'BIDANG USAHA MIKRO': 7,
      'BIDANG INDUSTRI': 3,
      'UPT PENGELOLA DANA BERGULIR': 8,
      'BAGIAN KEPEGAWAIAN': 11,
      'BAGIAN PERENCANAAN': 7,
      'BAGIAN KEUANGAN': 4,
    });
  });

  it('reports the damaged list entry, the duplicate name and the SOPs whose pages are missing', () => {
    const bookLevel = report.warnings.filter((warning) => warning.sop === undefined).map((warning) => [warning.line, warning.message]);
    expect(bookLevel).toEqual([
      [3, 'Baris 3–372 (bagian pembuka buku: keputusan, kata pengantar, bab pendahuluan) tidak diimpor sebagai SOP'],
      [373, `22 SOP dalam daftar tidak ditemukan halamannya di dokumen: no. ${Array.from({ length: 22 }, (_, i) => i + 25).join(', ')}`],
      [427, 'Daftar SOP no. 46: nomor SOP "46SOP/DIKUPERIND/2023" tidak mengikuti pola daftar ("46/SOP/DIKUPERIND/2023")'],
      [427, 'Daftar SOP no. 46: nama "SOP Perbendaharaan Gaji" sama dengan no. 43'],
    ]);
  });

  it('reads the 24 SOP pages the book contains, each matched to its list entry in order; the 4 without step table are index-only', () => {
    const pages = [...report.sops, ...report.indexOnly.flatMap((only) => (only.page ? [only.page] : []))].sort((a, b) => a.line - b.line);
    expect(pages.map((candidate) => candidate.indexEntry?.no)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
    expect(pages.map((candidate) => candidate.steps.length)).toEqual([8, 6, 12, 4, 10, 2, 6, 5, 6, 0, 0, 0, 0, 13, 13, 8, 5, 4, 3, 7, 6, 6, 6, 7]);
    expect(report.sops.every((candidate) => candidate.steps.length > 0)).toBe(true);
    expect(report.sops).toHaveLength(20);
    expect(pages.map((candidate) => candidate.number)).toEqual([
      '01/SOP/DIKUPERIDN/2023',
      ...Array.from({ length: 9 }, (_, i) => `${String(i + 2).padStart(2, '0')}/SOP/DIKUPERIND/2023`),
      '11/SOP/PERINDUSTRIAND/2023',
      ...Array.from({ length: 13 }, (_, i) => `${i + 12}/SOP/DIKUPERIND/2023`),
    ]);
    expect(pages.every((candidate) => candidate.content.identity.instansi === 'DINAS KOPERASI, USAHA MIKRO DAN PERINDUSTRIAN KABUPATEN PACITAN')).toBe(true);
    expect(sop(17).content.identity.unit).toBe('UPT PENGELOLA DANA BERGULIR');
  });

  it('keeps list entries with no step table apart, as index-only entries with a warning (not empty drafts)', () => {
    expect(report.indexOnly.map((only) => [only.entry.no, only.reason])).toEqual([
      ...[10, 11, 12, 13].map((no) => [no, 'no-step-table']),
      ...Array.from({ length: 22 }, (_, i) => [i + 25, 'no-page']),
    ]);
    const galeri = report.indexOnly[0];
    expect(galeri).toMatchObject({ line: 571, page: { number: '10/SOP/DIKUPERIND/2023', steps: [] } });
    expect(galeri.warning).toBe('Daftar SOP no. 10 "SOP Galeri Produk UMKM" (10/SOP/ DIKUPERIND/2023): halamannya tanpa tabel langkah; dicatat sebagai entri daftar saja, bukan draf SOP');
    expect(report.warnings).toContainEqual({ line: 571, message: galeri.warning, sop: '10/SOP/DIKUPERIND/2023' });
    expect(report.indexOnly[4]).toMatchObject({ reason: 'no-page', page: null, line: report.index[24].line });
    expect(report.indexOnly[4].warning).toContain('halamannya tidak ada di dokumen');
  });

  it('matches pages without identity block by order and title, and says so', () => {
    for (const no of [2, 3, 5, 7, 8, 9]) {
      expect(sop(no).identityFound).toEqual([]);
      expect(sop(no).warnings.some((warning) => warning.message.startsWith(`Blok identitas SOP tidak ditemukan; dicocokkan dengan daftar SOP no. ${no} `))).toBe(true);
    }
    expect(sop(2)).toMatchObject({ name: 'Pelatihan Perkoperasian', number: '02/SOP/DIKUPERIND/2023', roles: ['Panitia', 'TP'], line: 456 });
    expect(sop(14).warnings.map((warning) => warning.message)).toContain(
      'Nomor dan nama SOP tidak terbaca di halaman; dicocokkan dengan daftar SOP no. 14 "SOP Rekomendasi Teknis Pengaktifan IUI" berdasarkan urutan dan judul',
    );
  });

  it('gives the last page of an SOP whose first pages are missing to that SOP, by its title', () => {
    expect(sop(6)).toMatchObject({ name: 'Pengesahan Badan Hukum Koperasi', roles: [], line: 532 });
    expect(sop(6).steps.map((step) => [step.no, step.activity])).toEqual([
      [12, 'Pencetakan pengesahan Badan Hukum Koperasi'],
      [13, 'Penyerahan Badan Hukum Koperasi'],
    ]);
    expect(warningsOf(6, /Halaman awal SOP tidak ada/)).toEqual([532]);
    expect(sop(5).steps.map((step) => step.no)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('warns about rows OCR merged, header debris and numbering gaps in "Penilaian Kesehatan Koperasi"', () => {
    expect(sop(4).steps.map((step) => step.no)).toEqual([9, 10, 11, 14]);
    expect(warningsOf(4, /^Baris rusak/)).toEqual([499, 501, 502, 503, 504, 505, 506]);
    expect(warningsOf(4, /^Baris judul tabel tidak terpakai/)).toEqual([500]);
    expect(warningsOf(4, /Langkah 1–8 tidak ada/)).toEqual([508]);
    expect(warningsOf(4, /melompat dari 11 ke 14: langkah 12–13 tidak ada/)).toEqual([511]);
    expect(warningsOf(4, /tidak dapat dipetakan/)).toEqual([509, 510]);
    expect(sop(4).name).toBe('Penilaian Kesehatan Koperasi');
    expect(warningsOf(4, /Nama SOP di halaman "PENILAIAN KESEHATA KOPERASI"/)).toEqual([487]);
  });

  it('repairs damaged step text and says where', () => {
    expect(sop(2).steps[1]).toMatchObject({ no: 2, activity: 'Identifikasi peserta pelatihan', line: 457 });
    expect(warningsOf(2, /rusak/)).toEqual([457, 458]);
    expect(sop(14).steps.slice(1, 3).map((step) => step.activity)).toEqual([
      'Melakukan registrasi secara online melalui website SIINas untuk mendapatkan akun SIINas',
      'Menginput Dokumen Pendukung',
    ]);
    expect(warningsOf(14, /dipindah dari langkah 3 ke langkah 2/)).toEqual([642]);
    expect(warningsOf(7, /melompat dari 5 ke 7/)).toEqual([544]);
    expect(warningsOf(7, /tidak dikenali/)).toEqual([549]);
    expect(warningsOf(21, /beberapa kegiatan tergabung/)).toEqual([874, 876, 877]);
    expect(sop(21).steps[3].activity).toBe('Bank menerima angsuran Bank Memberikan data angsuran');
  });

  it('reads pelaksana from surviving marks and subjects, and decisions from Ya/Tidak labels', () => {
    expect(sop(17).steps.map((step) => step.roles)).toEqual([['Koperasi & Usaha Mikro Kecil Menengah'], ['Petugas'], ['Kadis'], ['Kepala UPT'], ['Petugas']]);
    expect(sop(17).steps[1].decision).toEqual({ question: 'Petugas UPT Pengelola Dana Bergulir menerima dan meneliti proposal?', ya: 3, tidak: 1 });
    expect(sop(14).steps[5].decision).toEqual({ question: 'Tim Verifikator menerima permintaan Verifikasi Data Perusahaan: dokumen lengkap dan benar?', ya: 7, tidak: 4 });
    expect(sop(14).steps[0].roles).toEqual(['Pemohon']);
    expect(sop(7).roles).toEqual(['UMKM', 'Admin', 'Konsultan', 'Koor']);
    expect(sop(15).roles).toEqual(['Pihak Ketiga', 'PPK', 'Bupati', 'Bid. Perindustrian', 'Bagian Hukum', 'Kepala Dinas']);
    expect(sop(15).steps[7].roles).toEqual(['Bupati', 'Bid. Perindustrian']);
  });

  it('normalises the waktu forms of the book', () => {
    const waktu = (no: number, step: number) => sop(no).steps.find((candidate) => candidate.no === step)?.waktu;
    expect(waktu(16, 3)).toEqual({ raw: '2-4 hari', min: 2, max: 4, unit: 'hari', ceiling: false });
    expect(waktu(16, 7)).toEqual({ raw: '2-7 hari', min: 2, max: 7, unit: 'hari', ceiling: false });
    expect(waktu(8, 1)).toEqual({ raw: '2 Minggu', min: 2, max: 2, unit: 'minggu', ceiling: false });
    expect(waktu(8, 4)).toEqual({ raw: '5 Bulan', min: 5, max: 5, unit: 'bulan', ceiling: false });
    expect(waktu(21, 3)).toEqual({ raw: '6 bulan', min: 6, max: 6, unit: 'bulan', ceiling: false });
    expect(waktu(15, 2)).toEqual({ raw: '240 menit', min: 240, max: 240, unit: 'menit', ceiling: false });
    expect(waktu(1, 3)).toEqual({ raw: 'N/A', min: null, max: null, unit: null, ceiling: false });
    expect(waktu(1, 6)).toEqual({ raw: '', min: null, max: null, unit: null, ceiling: false });
  });

  it('reads identity blocks in their several damaged layouts', () => {
    expect(sop(10).content.identity).toMatchObject({
      nomor: '10/SOP/DIKUPERIND/2023',
      nama: 'Galeri Produk UMKM',
      tanggalPembuatan: '2023-01-04',
      tanggalEfektif: '2023-01-04',
      disahkanOleh: { nama: 'PRAYITNO, ST, MT.', nip: '196806101992021002', jabatan: 'Kepala Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan' },
      keterkaitan: ['PEMASARAN PRODUK UMKM DI GALERI PLUT KUMKM'],
      peralatanPerlengkapan: ['Komputer/Laptor', 'ATK'],
      kualifikasiPelaksana: ['Sub Koordinator Kemitraan'],
    });
    expect(sop(10).content.identity.dasarHukum).toHaveLength(3);
    expect(warningsOf(10, /ejaan bulan tidak baku/)).toEqual([572, 573, 574]);
    expect(warningsOf(10, /Tabel prosedur tidak ditemukan/)).toEqual([571]);
    expect(sop(15).content.identity).toMatchObject({ nomor: '15/SOP/DIKUPERIND/2023', tanggalRevisi: '2023-01-04' });
    expect(sop(15).content.identity.dasarHukum).toHaveLength(7);
    expect(warningsOf(15, /bukan peraturan/)).toEqual([672]);
    expect(sop(17).content.identity).toMatchObject({
      nomor: '17/SOP/DIKUPERIND/2023',
      dasarHukum: ['PERBUP DANA BERGULIR NOMOR 59 TAHUN 2022'],
      disahkanOleh: { nama: 'PRAVITNO, ST. MT', nip: '196006101992021002' },
      peringatan: 'JIKA TIDAK DILAKSANAKAN KEGIATAN INI AKAN BERPENGARUH PADA DATA PROPOSAL',
      pencatatanPendataan: 'JUMLAH DATA PROPOSAL',
    });
    expect(sop(21).content.identity.disahkanOleh).toBeNull();
    expect(warningsOf(21, /pengesah tidak terbaca: "PENAGIHAN PERTAMA"/)).toEqual([861]);
    expect(warningsOf(1, /Nomor SOP di halaman "01\/SOP\/DIKUPERIDN\/2023" berbeda/)).toEqual([429]);
    expect(warningsOf(1, /Dasar hukum: teks rusak/)).toEqual([436]);
  });
});
