import type { SopContent, SopStep } from '@jejak/contracts';
import { waktu } from '../../src/domain/testing/waktu.fixture';

type Row = [no: number, kegiatan: string, pelaksana: string[], kelengkapan: string[], waktu: string, output: string, decision?: SopStep['decision']];

const step = ([no, kegiatan, pelaksana, kelengkapan, raw, output, decision]: Row): SopStep => ({
  no,
  kegiatan,
  pelaksana,
  decision: decision ?? null,
  mutuBaku: { kelengkapan, waktu: waktu(raw), output },
  keterangan: '',
});

/**
 * "Kenaikan Pangkat Pegawai" (27/SOP/DIKUPERIND/2023) of the Dinas Koperasi, Usaha Mikro dan Perindustrian of Kabupaten
 * Pacitan, an SOP no domain service runs: its cases are entered through compliance's HTTP API or imported from the
 * paper agenda. The seed lists the SOP without its table, so the five steps are shaped on the book's other staffing
 * SOPs. Step 2 is a decision: "tidak" sends the file back to step 1.
 */
export function kenaikanPangkatSop(): SopContent {
  return {
    identity: {
      instansi: 'Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan',
      unit: 'Sub Bagian Umum dan Kepegawaian',
      nomor: '27/SOP/DIKUPERIND/2023',
      nama: 'Kenaikan Pangkat Pegawai',
      tanggalPembuatan: '2023-01-04',
      tanggalRevisi: null,
      tanggalEfektif: '2023-01-04',
      disahkanOleh: { nama: 'Heru Santoso', nip: '197001011990031001', jabatan: 'Kepala Dinas Koperasi, Usaha Mikro dan Perindustrian Kabupaten Pacitan' },
      dasarHukum: ['Peraturan Pemerintah Nomor 99 Tahun 2000 tentang Kenaikan Pangkat Pegawai Negeri Sipil'],
      keterkaitan: [],
      peringatan: 'Jika SOP ini tidak dilaksanakan, usulan kenaikan pangkat terlambat',
      kualifikasiPelaksana: [],
      peralatanPerlengkapan: ['Komputer', 'ATK'],
      pencatatanPendataan: 'Buku Agenda Kepegawaian',
    },
    procedures: [
      {
        name: 'Kenaikan Pangkat Pegawai',
        roles: ['Fungsional Umum', 'Kasubag Umum dan Kepegawaian', 'Sekretaris', 'Kepala Dinas'],
        steps: [
          [1, 'Menyiapkan berkas usulan kenaikan pangkat', ['Fungsional Umum'], ['SK pangkat terakhir', 'SKP dua tahun terakhir'], '2 hari', 'Berkas usulan'],
          [2, 'Memeriksa kelengkapan berkas usulan', ['Kasubag Umum dan Kepegawaian'], ['Berkas usulan'], '1 hari', 'Berkas lengkap', { question: 'Berkas lengkap?', ya: 3, tidak: 1 }],
          [3, 'Memaraf surat pengantar usulan', ['Sekretaris'], [], '1 hari', 'Surat pengantar diparaf'],
          [4, 'Menandatangani surat pengantar usulan ke BKPSDM', ['Kepala Dinas'], [], '1 hari', 'Surat pengantar ditandatangani'],
          [5, 'Mengirim usulan ke BKPSDM', ['Fungsional Umum'], [], '2 jam', 'Tanda terima BKPSDM'],
        ].map((row) => step(row as Row)),
      },
    ],
  };
}
