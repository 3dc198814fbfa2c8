import { importSopBook } from '../sop-book.importer';
import { readSeed, SEEDS } from '../testing/seeds';

describe('seed: Jawa Timur "Pengelolaan Layanan Informasi dan Dokumentasi"', () => {
  const report = importSopBook(readSeed(SEEDS.jatimLayananInformasi));
  const [sop] = report.sops;

  it('reads two sub-procedures of 11 and 7 steps, each with its own role columns', () => {
    expect(report.sops).toHaveLength(1);
    expect(sop.procedures).toEqual([
      { name: 'Penerimaan Penelitian', roles: ['Kepala Dinas', 'Sekretariat', 'Petugas Surat Masuk', 'Petugas Frontliner', 'Peneliti'], stepCount: 11, line: 38 },
      { name: 'Permintaan Data (Eksternal)', roles: ['Kepala Dinas', 'Unit Kerja', 'Pemohon'], stepCount: 7, line: 66 },
    ]);
    expect(sop.steps.map((step) => `${step.procedure}.${step.no}`)).toEqual([
      ...Array.from({ length: 11 }, (_, i) => `1.${i + 1}`),
      ...Array.from({ length: 7 }, (_, i) => `2.${i + 1}`),
    ]);
    expect(sop.content.procedures.map((procedure) => procedure.steps.length)).toEqual([11, 7]);
  });

  it('follows the first table over the page break and strips markup from the text', () => {
    const step = (procedure: number, no: number) => sop.steps.find((candidate) => candidate.procedure === procedure && candidate.no === no);
    expect(step(1, 6)?.line).toBe(46);
    expect(step(1, 7)).toMatchObject({ line: 55, activity: 'Memberitahukan kepada peneliti terkait pelaksanaan penelitian', inputs: ['Handphone / Komputer'] });
    expect(step(1, 11)?.activity).toBe('Menyerahkan soft copy hasil penelitiannya kepada Dinas untuk diarsip');
    expect(step(1, 8)?.waktu.raw).toBe('Menyesuaikan');
    expect(step(1, 3)?.waktu).toEqual({ raw: '10 Menit', min: 10, max: 10, unit: 'menit', ceiling: false });
    expect(step(2, 1)).toMatchObject({ line: 69, inputs: ['Surat permohonan data'], output: 'Surat permohonan data tersampaikan' });
  });

  it('reads pelaksana from the text where it names them, and leaves the rest empty', () => {
    expect(sop.steps.map((step) => `${step.procedure}.${step.no}:${step.roles.join('+')}`)).toEqual([
      '1.1:', '1.2:', '1.3:', '1.4:', '1.5:Kepala Dinas', '1.6:', '1.7:', '1.8:', '1.9:Peneliti', '1.10:', '1.11:',
      '2.1:', '2.2:Kepala Dinas', '2.3:Pemohon', '2.4:Unit Kerja', '2.5:Unit Kerja', '2.6:', '2.7:Pemohon',
    ]);
    expect(sop.warnings.filter((warning) => /pelaksana tidak terbaca/.test(warning.message)).map((warning) => warning.message.split(':')[0])).toEqual([
      'Langkah 1.1', 'Langkah 1.2', 'Langkah 1.3', 'Langkah 1.4', 'Langkah 1.6', 'Langkah 1.7', 'Langkah 1.8', 'Langkah 1.10', 'Langkah 1.11', 'Langkah 2.1', 'Langkah 2.6',
    ]);
  });

  it('reads the identity with its bold agency cell and <li> lists', () => {
    expect(sop.content.identity).toMatchObject({
      instansi: 'Dinas Koperasi dan UKM Provinsi Jawa Timur',
      unit: 'Sekretariat',
      nomor: null,
      nama: 'Pengelolaan Layanan Informasi dan Dokumentasi',
      tanggalPembuatan: '2023-02-01',
      tanggalRevisi: null,
      tanggalEfektif: null,
      disahkanOleh: { nama: 'Dr. Andromeda Qomariah, M.M.', nip: '196801171994032003', jabatan: 'Kepala Dinas Koperasi dan UKM' },
      keterkaitan: [],
      peralatanPerlengkapan: ['Komputer', 'Internet', 'Alat Tulis', 'Printer'],
      pencatatanPendataan: 'Surat masuk',
    });
    expect(sop.content.identity.dasarHukum).toHaveLength(11);
    expect(sop.content.identity.kualifikasiPelaksana).toHaveLength(4);
  });
});
