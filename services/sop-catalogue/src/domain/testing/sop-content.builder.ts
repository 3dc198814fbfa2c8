import type { SopContent, SopProcedure, SopStep } from '@jejak/contracts';
import { waktu } from './waktu.fixture';

/** A small complete SOP (ready for approval) to vary in tests. */
export function completeStep(no: number, pelaksana: string[] = ['Staf'], overrides: Partial<SopStep> = {}): SopStep {
  return {
    no,
    kegiatan: `Kegiatan ${no}`,
    pelaksana,
    decision: null,
    mutuBaku: { kelengkapan: ['Berkas'], waktu: waktu('1 hari'), output: `Hasil ${no}` },
    keterangan: '',
    ...overrides,
  };
}

export function completeProcedure(overrides: Partial<SopProcedure> = {}): SopProcedure {
  return {
    name: 'Penerbitan Surat',
    roles: ['Kepala Dinas', 'Kepala Bidang', 'Staf'],
    steps: [completeStep(1, ['Staf']), completeStep(2, ['Kepala Bidang']), completeStep(3, ['Kepala Dinas'])],
    ...overrides,
  };
}

export function completeSop(overrides: { identity?: Partial<SopContent['identity']>; procedures?: SopProcedure[] } = {}): SopContent {
  return {
    identity: {
      instansi: 'Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan',
      unit: 'Bidang Koperasi',
      nomor: '01/SOP/DIKUPERIND/2023',
      nama: 'Pengajuan Sertifikat Nomor Induk Koperasi',
      tanggalPembuatan: '2023-01-04',
      tanggalRevisi: null,
      tanggalEfektif: null,
      disahkanOleh: { nama: 'PRAYITNO, ST, MT', nip: '19680610 199202 1 002', jabatan: 'Kepala Dinas Koperasi, Usaha Mikro dan Perindustrian' },
      dasarHukum: ['Undang-Undang Nomor 25 Tahun 1992 tentang Perkoperasian'],
      keterkaitan: [],
      peringatan: '',
      kualifikasiPelaksana: ['Bidang Koperasi'],
      peralatanPerlengkapan: ['Komputer'],
      pencatatanPendataan: '',
      ...overrides.identity,
    },
    procedures: overrides.procedures ?? [completeProcedure()],
  };
}

/** Deep copy with a change applied: tests never mutate shared fixtures. */
export function changed(content: SopContent, change: (draft: SopContent) => void): SopContent {
  const copy = structuredClone(content);
  change(copy);
  return copy;
}
