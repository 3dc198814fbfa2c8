import { importSopBook } from '../sop-book.importer';
import { readSeed, SEEDS } from '../testing/seeds';

describe('seed: Jawa Timur "Penguatan Manajemen Perlindungan Usaha KUKM"', () => {
  const report = importSopBook(readSeed(SEEDS.jatimPerlindungan), { dinas: '35', source: SEEDS.jatimPerlindungan });
  const [sop] = report.sops;

  it('reads one SOP of 13 steps and 3 roles, no book list', () => {
    expect(report.sops).toHaveLength(1);
    expect(report.index).toEqual([]);
    expect(sop.name).toBe('Penguatan Manajemen Perlindungan Usaha KUKM');
    expect(sop.number).toBeNull();
    expect(sop.steps).toHaveLength(13);
    expect(sop.roles).toEqual(['Kepala Dinas', 'Kepala Bidang', 'Staf']);
    expect(sop.procedures).toEqual([{ name: 'Penguatan Manajemen Perlindungan Usaha KUKM', roles: ['Kepala Dinas', 'Kepala Bidang', 'Staf'], stepCount: 13, line: 38 }]);
  });

  it('reads the identity block, including the dasar hukum continued on the next page', () => {
    const identity = sop.content.identity;
    expect(identity).toMatchObject({
      instansi: 'Dinas Koperasi dan UKM Provinsi Jawa Timur',
      unit: 'Bidang Produksi Dan Restrukturisasi Usaha',
      nomor: null,
      nama: 'Penguatan Manajemen Perlindungan Usaha KUKM',
      tanggalPembuatan: '2019-12-12',
      tanggalRevisi: '2023-02-01',
      tanggalEfektif: null,
      disahkanOleh: { nama: 'Dr. Andromeda Oomariah, M.M.', nip: '196801171994032003', jabatan: 'Kepala Dinas Koperasi dan UKM' },
      keterkaitan: [],
      peringatan: 'Apabila SOP ini tidak dilakukan dengan benar maka proses pendampingan tidak akan berjalan dengan baik',
      kualifikasiPelaksana: ['Mampu mengoperasikan komputer', 'Mengetahui semua proses pelayanan secara umum', 'Mampu berkomunikasi dengan baik', 'Memahami peraturan perundangan mengenai pelayanan publik'],
      peralatanPerlengkapan: ['Komputer', 'Internet', 'Alat Tulis', 'Printer'],
      pencatatanPendataan: 'Surat diarsipkan secara manual',
    });
    expect(identity.dasarHukum).toHaveLength(12);
    expect(identity.dasarHukum[3]).toBe('Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 tahun 2022 Tentang Cipta Kerja');
    expect(identity.dasarHukum[11]).toMatch(/^Keputusan Gubernur Provinsi Jawa Timur Nomor 188\/31\/KPTS\/013\/2022 Tentang Tugas Kelompok Sub-Substansi/);
    expect([...sop.identityFound].sort()).toEqual(
      ['dasarHukum', 'disahkanOleh', 'instansi', 'keterkaitan', 'kualifikasiPelaksana', 'nama', 'pencatatanPendataan', 'peralatanPerlengkapan', 'peringatan', 'tanggalPembuatan', 'tanggalRevisi', 'unit'].sort(),
    );
  });

  it('reads steps on both pages with their mutu baku', () => {
    const byNo = new Map(sop.steps.map((step) => [step.no, step]));
    expect(byNo.get(1)).toMatchObject({ line: 40, activity: 'Persiapan kegiatan diawali dengan pembentukan panitia', inputs: ['Komputer', 'Alat Tulis', 'Printer'], output: 'Panitia kegiatan telah terbentuk' });
    expect(byNo.get(1)?.waktu).toEqual({ raw: '15 Menit', min: 15, max: 15, unit: 'menit', ceiling: false });
    expect(byNo.get(3)?.waktu).toEqual({ raw: 'Maksimal 1 hari', min: null, max: 1, unit: 'hari', ceiling: true });
    expect(byNo.get(4)?.inputs).toEqual(['Data Calon Peserta KUKM', 'Komputer', 'Alat Tulis', 'Printer']);
    expect(byNo.get(11)).toMatchObject({ line: 58, activity: 'Menyampaikan surat kepada narasumber' });
    expect(byNo.get(12)?.waktu).toEqual({ raw: 'Menyesuaikan', min: null, max: null, unit: null, ceiling: false });
    expect(byNo.get(13)).toMatchObject({ line: 60, activity: 'Menyusun laporan pertanggungjawaban kegiatan', output: 'Laporan telah tersusun' });
  });

  it('warns for the empty number and effective date and for every step whose pelaksana marks were lost', () => {
    expect(sop.steps.every((step) => step.roles.length === 0)).toBe(true);
    expect(report.warnings.map((warning) => [warning.line, warning.message.split(':')[0]])).toEqual([
      [10, 'Nomor SOP kosong'],
      [13, 'Tanggal efektif kosong'],
      ...[40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 58, 59, 60].map((line, i) => [line, `Langkah ${i + 1}`]),
    ]);
  });
});
