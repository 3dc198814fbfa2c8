import { importSopBook } from '../sop-book.importer';
import { readSeed, SEEDS } from '../testing/seeds';

describe('seed: Kalimantan Barat "Peningkatan Pelayanan PLUT"', () => {
  const report = importSopBook(readSeed(SEEDS.kalbarPlut), { dinas: '61' });
  const [sop] = report.sops;
  const step = (no: number) => sop.steps.find((candidate) => candidate.no === no);

  it('reads 28 steps, the 6 role columns in order and the SOP number as written', () => {
    expect(report.sops).toHaveLength(1);
    expect(sop.number).toBe('518 / 917 / KUKRU - IV - 1');
    expect(sop.steps.map((candidate) => candidate.no)).toEqual(Array.from({ length: 28 }, (_, i) => i + 1));
    expect(sop.roles).toEqual(['Fungsional Umum', 'Pendamping PLUT', 'Kasubid', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas']);
  });

  it('reads the identity block without colons, with its agency heading above', () => {
    expect(sop.content.identity).toEqual({
      instansi: 'DINAS KOPERASI, USAHA KECIL DAN MENENGAH PROVINSI KALIMANTAN BARAT',
      unit: 'BIDANG PEMBERDAYAAN USAHA KECIL',
      nomor: '518 / 917 / KUKRU - IV - 1',
      nama: 'PENINGKATAN PELAYANAN PLUT',
      tanggalPembuatan: '2020-07-22',
      tanggalRevisi: null,
      tanggalEfektif: '2020-07-22',
      disahkanOleh: { nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME', nip: '196607191993111002', jabatan: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat' },
      dasarHukum: [
        'Undang-undang Nomor 25 Tahun 1992 Tentang Perkoperasian',
        'Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah',
        'Peraturan Pemerintah Nomor 25 Tahun 2000 tentang Kewenangan Pemerintah dan Kewenangan Provinsi sebagai Daerah Otonom',
        'Peraturan Daerah Nomor 8 Tahun 2016 tentang Pembentukan Susunan Perangkat Daerah Provinsi Kalimantan Barat',
        'Peraturan Gubernur Kalimantan Barat Nomor 90 Tahun 2019 Tentang Perubahan Atas Peraturan Gubernur Nomor 110 Tahun 2016 Tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
      ],
      keterkaitan: [],
      peringatan: 'Jika SOP ini tidak dibuat, maka tidak akan terlaksana Kegiatan Pameran/Promosi',
      kualifikasiPelaksana: ['Pendidikan minimal S1', 'Bisa mengoperasikan Aplikasi Microsoft Office pada Komputer', 'Memiliki Pengetahuan tentang Pembinaan UMKM'],
      peralatanPerlengkapan: ['DPA SKPD', 'Komputer', 'Peraturan terkait tentang PLUT', 'ATK'],
      pencatatanPendataan: 'Laporan Kegiatan',
    });
  });

  it('splits rows with and without the kelengkapan column by their content', () => {
    expect(step(1)).toMatchObject({ inputs: ['RKA/DPA'], output: 'Nota Dinas', line: 26 });
    expect(step(1)?.waktu).toEqual({ raw: '1 hari', min: 1, max: 1, unit: 'hari', ceiling: false });
    expect(step(11)).toMatchObject({ inputs: [], output: 'Surat Undangan Peserta dan Narasumber yang sudah diparaf', line: 37 });
    expect(step(18)?.waktu).toEqual({ raw: '2 Jam', min: 2, max: 2, unit: 'jam', ceiling: false });
    expect(step(25)?.waktu).toEqual({ raw: '3 Hari', min: 3, max: 3, unit: 'hari', ceiling: false });
  });

  it('reads pelaksana from the surviving process boxes (not the connector) and from the text', () => {
    expect(step(24)?.roles).toEqual(['Kepala Bidang']);
    expect(step(25)?.roles).toEqual(['Fungsional Umum']);
    expect(step(26)?.roles).toEqual(['Kepala Bidang']);
    expect(step(27)?.roles).toEqual(['Pendamping PLUT', 'Kasubid']);
    expect(step(9)?.roles).toEqual(['Kasubid']);
    expect(step(13)?.roles).toEqual(['Sekretaris']);
    expect(step(14)?.roles).toEqual(['Kepala Dinas']);
    expect(step(15)?.roles).toEqual(['Kepala Bidang']);
    expect(step(16)?.roles).toEqual([]);
  });

  it('reads review steps as decisions, and warns that the "tidak" step cannot be read', () => {
    expect(sop.steps.filter((candidate) => candidate.decision).map((candidate) => candidate.no)).toEqual([4, 5, 7, 11, 12, 14, 22, 23]);
    expect(step(7)?.decision).toEqual({ question: 'Membaca, memeriksa dan menelaah SK Panitia Kegiatan Peningkatan Pelayanan PLUT: benar?', ya: 8, tidak: null });
    expect(step(23)?.decision).toMatchObject({ ya: 24, tidak: null });
    const decisionWarnings = sop.warnings.filter((warning) => /keputusan/.test(warning.message));
    expect(decisionWarnings.map((warning) => warning.line)).toEqual([29, 30, 32, 37, 38, 40, 48, 49]);
    expect(decisionWarnings[2].message).toContain('"dikembalikan bidang"');
  });

  it('warns for each step whose pelaksana could not be read, by line', () => {
    expect(sop.warnings.filter((warning) => /pelaksana tidak terbaca/.test(warning.message)).map((warning) => warning.line)).toEqual([
      26, 27, 28, 29, 30, 31, 32, 33, 37, 38, 42, 44, 45, 46, 47, 48, 49,
    ]);
  });
});
