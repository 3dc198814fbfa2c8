import type { SopContent } from '@jejak/contracts';
import { layananInformasiSop, skPanitiaSop } from '../../../src/domain/testing/sop.fixtures';
import { waktu } from '../../../src/domain/testing/waktu.fixture';
import { simulatedSopId, type SimulatedSop } from '../seed-sops';
import { SIMULATION_DINAS } from '../simulation.config';
import type { SimulationInput } from '../year-simulator';

/** A dana bergulir SOP shaped on the Pacitan book: minutes, hours, days and a calendar-month step, one pelaksana unmapped ("Bank"). */
export function penagihanSop(): SopContent {
  const step = (no: number, kegiatan: string, pelaksana: string[], raw: string, output: string) => ({
    no,
    kegiatan,
    pelaksana,
    decision: null,
    mutuBaku: { kelengkapan: ['Daftar angsuran'], waktu: waktu(raw), output },
    keterangan: '',
  });
  return {
    identity: { ...layananInformasiSop().identity, instansi: 'Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan', unit: 'UPT Pengelola Dana Bergulir', nomor: '21/SOP/DIKUPERIND/2023', nama: 'Penagihan Dana Bergulir' },
    procedures: [
      {
        name: 'Penagihan',
        roles: ['Kepala UPT', 'Petugas', 'Bank'],
        steps: [
          step(1, 'Menyiapkan daftar tagihan', ['Petugas'], '30 Menit', 'Daftar tagihan'),
          step(2, 'Menandatangani surat tagihan', ['Kepala UPT'], '2 Jam', 'Surat tagihan'),
          step(3, 'Menyampaikan surat tagihan kepada peminjam', ['Petugas'], '2-4 hari', 'Tanda terima surat'),
          step(4, 'Menerima setoran angsuran melalui bank', ['Bank'], '1 bulan', 'Bukti setor'),
          step(5, 'Membukukan angsuran', ['Petugas'], 'Menyesuaikan', 'Buku angsuran'),
        ],
      },
    ],
  };
}

const sop = (tenant: string, content: SopContent, effectiveFrom: string): SimulatedSop => ({
  tenant,
  sopId: simulatedSopId(tenant, content),
  version: 1,
  content,
  effectiveFrom,
  source: 'fixture',
});

/** One SOP per simulated dinas, from the domain fixtures (no seed files needed). */
export const fixtureSops = (): SimulatedSop[] => [
  sop('35', { ...layananInformasiSop(), identity: { ...layananInformasiSop().identity, nomor: '000.8/1/35/2024' } }, '2024-06-01'),
  sop('61', skPanitiaSop(), '2020-07-22'),
  sop('35.01', penagihanSop(), '2023-01-04'),
];

export const fixtureInput = (seed: string, scale = 2): SimulationInput => ({ seed, year: 2025, dinas: SIMULATION_DINAS, sops: fixtureSops(), scale });
