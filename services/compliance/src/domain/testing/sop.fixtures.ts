import type { SopContent, SopStep } from '@jejak/contracts';
import { waktu } from './waktu.fixture';

type Row = [no: number, kegiatan: string, pelaksana: string[], kelengkapan: string[], waktu: string, output: string, decision?: SopStep['decision']];

const step = ([no, kegiatan, pelaksana, kelengkapan, raw, output, decision]: Row): SopStep => ({
  no,
  kegiatan,
  pelaksana,
  decision: decision ?? null,
  mutuBaku: { kelengkapan, waktu: waktu(raw), output },
  keterangan: '',
});

const identity = (nama: string): SopContent['identity'] => ({
  instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
  unit: 'Bidang Pemberdayaan Usaha Kecil',
  nomor: '518 / 917 / KUKRU - IV - 1',
  nama,
  tanggalPembuatan: '2020-07-22',
  tanggalRevisi: null,
  tanggalEfektif: '2020-07-22',
  disahkanOleh: { nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME', nip: '19660719 199311 1 002', jabatan: 'Kepala Dinas' },
  dasarHukum: [],
  keterkaitan: [],
  peringatan: '',
  kualifikasiPelaksana: [],
  peralatanPerlengkapan: [],
  pencatatanPendataan: '',
});

/**
 * "Penerbitan SK Panitia", shaped on the Kalbar PLUT seed (steps 2-8): one procedure, five steps.
 * 1.3 is a decision (Kepala Bidang corrects the draft): "ya" goes on to 1.4, "tidak" back to 1.2 (rework).
 * 1.5 has no pelaksana in the SOP (any staff role) and no standard time ("Menyesuaikan").
 */
export function skPanitiaSop(): SopContent {
  return {
    identity: identity('Penerbitan SK Panitia Kegiatan PLUT'),
    procedures: [
      {
        name: 'Penerbitan SK Panitia',
        roles: ['Fungsional Umum', 'KASUBID', 'Kepala Bidang', 'Kepala Dinas'],
        steps: [
          [1, 'Menyusun draf SK Panitia', ['KASUBID'], ['RKA/DPA'], '1 hari', 'Draf SK'],
          [2, 'Mengetik konsep SK sesuai arahan Kasi', ['Fungsional Umum'], ['Draf SK'], '1 hari', 'Konsep SK yang sudah diketik'],
          [3, 'Mengoreksi konsep SK; jika benar diparaf', ['Kepala Bidang'], ['Konsep SK yang sudah diketik'], '2 Jam', 'Konsep SK yang sudah diparaf', { question: 'Konsep SK sudah benar?', ya: 4, tidak: 2 }],
          [4, 'Menandatangani SK Panitia', ['Kepala Dinas'], ['Konsep SK yang sudah diparaf'], 'Maksimal 1 hari', 'SK yang sudah ditandatangani'],
          [5, 'Mengarsipkan SK Panitia', [], [], 'Menyesuaikan', 'SK diarsipkan'],
        ].map((row) => step(row as Row)),
      },
    ],
  };
}

/**
 * Two procedures, shaped on the Jatim "Layanan Informasi dan Dokumentasi" seed. The second has a decision whose
 * "tidak" names no step (the request is refused and the flowchart ends) and a pelaksana no default rule maps ("Bakesbangpol").
 */
export function layananInformasiSop(): SopContent {
  return {
    identity: { ...identity('Pengelolaan Layanan Informasi dan Dokumentasi'), instansi: 'Dinas Koperasi dan UKM Provinsi Jawa Timur', unit: 'Sekretariat', nomor: null },
    procedures: [
      {
        name: 'Penerimaan Penelitian',
        roles: ['Kepala Dinas', 'Sekretariat', 'Petugas Frontliner', 'Peneliti'],
        steps: [
          [1, 'Menerima surat pengantar dan proposal penelitian', ['Petugas Frontliner'], ['Surat Pengantar', 'Proposal penelitian'], '10 Menit', 'Surat diterima frontliner'],
          [2, 'Menelaah surat untuk disposisi', ['Kepala Dinas'], ['Surat Pengantar'], '1 Hari', 'Disposisi Kepala Dinas'],
          [3, 'Menerbitkan rekomendasi di Bakesbangpol', ['Bakesbangpol'], [], '1 Hari', 'Rekomendasi'],
        ].map((row) => step(row as Row)),
      },
      {
        name: 'Permintaan Data (Eksternal)',
        roles: ['Kepala Dinas', 'Unit Kerja', 'Pemohon'],
        steps: [
          [1, 'Pengajuan surat permohonan data', ['Pemohon'], ['Surat permohonan data'], '1 Hari', 'Surat permohonan tersampaikan'],
          [2, 'Menelaah permohonan; data dapat diberikan?', ['Kepala Dinas'], ['Surat permohonan data'], '1 Hari', 'Disposisi', { question: 'Data dapat diberikan?', ya: null, tidak: null }],
          [3, 'Menyampaikan data kepada pemohon', ['Staf'], ['Data yang diminta'], '1 Hari', 'Data terkirim'],
        ].map((row) => step(row as Row)),
      },
    ],
  };
}
