import type { SopContent, SopStep } from '@jejak/contracts';
import { waktu } from './waktu.fixture';

/**
 * "Pengelolaan Layanan Informasi dan Dokumentasi", Sekretariat, Dinas Koperasi dan UKM Provinsi Jawa Timur, from
 * docs/seeds/jatim-sop-layanan-informasi-dokumentasi.txt: two sub-procedures with their own role columns.
 * Nomor SOP and Tanggal Efektif are empty in the seed and stay null. Pelaksana are read from the kegiatan texts.
 */
type Row = [no: number, kegiatan: string, pelaksana: string[], kelengkapan: string, waktu: string, output: string];

const step = ([no, kegiatan, pelaksana, kelengkapan, raw, output]: Row): SopStep => ({
  no,
  kegiatan,
  pelaksana,
  decision: null,
  mutuBaku: { kelengkapan: kelengkapan === '' ? [] : [kelengkapan], waktu: waktu(raw), output },
  keterangan: '',
});

const PENELITIAN: Row[] = [
  [1, 'Membawa kelengkapan yang telah ditentukan ke Bakesbangpol Jatim', ['Peneliti'], 'Surat pengantar dari kampus dan proposal penelitian untuk Bakesbangpol Jatim', '1 Hari', 'Surat pengantar dan proposal penelitian diterima Bakesbangpol'],
  [2, 'Menyerahkan surat pengantar dari Bakesbangpol Jatim dan proposal penelitian ke Dinas', ['Peneliti'], 'Surat pengantar yang telah didapatkan dari Bakesbangpol Jatim dan proposal penelitian', '1 Hari', 'Surat Pengantar dan proposal penelitian tersampaikan ke frontliner'],
  [3, 'Menerima surat pengantar dari Bakesbangpol Jatim dan proposal penelitian', ['Petugas Frontliner'], 'Surat Pengantar dan proposal penelitian', '10 Menit', 'Surat Pengantar dan proposal penelitian diterima oleh frontliner'],
  [4, 'Surat pengantar penelitian diinput melalui TNDE', ['Petugas Surat Masuk'], 'Surat Pengantar dan proposal penelitian', '30 Menit', 'Surat Pengantar dan proposal penelitian terupload di TNDE'],
  [5, 'Menelaah surat pengantar penelitian oleh Kepala Dinas untuk memberikan disposisi kepada Sekretariat', ['Kepala Dinas'], 'Surat Pengantar dan proposal penelitian', '1 Hari', 'Disposisi Kepala Dinas'],
  [6, 'Menerima disposisi surat penelitian untuk kemudian didistribusikan sesuai dengan tema penelitian yang disampaikan melalui proposal', ['Sekretariat'], 'Disposisi surat', '1 Hari', 'Surat Rekomendasi ditandatangani'],
  [7, 'Memberitahukan kepada peneliti terkait pelaksanaan penelitian', ['Sekretariat'], 'Handphone / Komputer', '1 Hari', 'Pemberitahuan tersampaikan ke peneliti'],
  [8, 'Melakukan riset sesuai dengan tema yang diinginkan', ['Peneliti'], 'Perlengkapan pendukung riset', 'Menyesuaikan', 'Data penelitian'],
  [9, 'Peneliti mengumpulkan data yang dibutuhkan untuk melengkapi risetnya dan memprosesnya', ['Peneliti'], 'Data penelitian', 'Menyesuaikan', 'Data penelitian'],
  [10, 'Memberikan surat keterangan selesai melaksanakan penelitian dari dinas', ['Sekretariat'], 'Surat keterangan selesai penelitian', '1 Hari', 'Surat keterangan selesai penelitian'],
  [11, 'Menyerahkan soft copy hasil penelitiannya kepada Dinas untuk diarsip', ['Peneliti'], 'Salinan data penelitian', '1 Hari', 'Salinan data penelitian diarsip'],
];

const PERMINTAAN_DATA: Row[] = [
  [1, 'Pengajuan surat Permohonan data dari pihak eksternal ditujukan kepada Kepala Dinas Koperasi', ['Pemohon'], 'Surat permohonan data', '1 Hari', 'Surat permohonan data tersampaikan'],
  [2, 'Kepala Dinas akan mendisposisi kepada unit kerja terkait', ['Kepala Dinas'], 'Disposisi', '1 Hari', 'Disposisi diterima oleh unit kerja terkait'],
  [3, 'Pemohon mengisi form surat pernyataan yang diberikan Dinas sebagai bentuk komitmen untuk tidak menyebarkan data', ['Pemohon'], 'Form surat pernyataan', '1 Hari', 'Form surat pernyataan terisi'],
  [4, 'Unit kerja memproses data sesuai dengan permintaan', ['Unit Kerja'], 'Data yang diminta', '1 Hari', 'Data yang diminta siap'],
  [5, 'Unit kerja memproses surat balasan untuk pihak pemohon', ['Unit Kerja'], 'Draft surat balasan', '1 Hari', 'Surat balasan'],
  [6, 'Menyampaikan surat balasan yang ditandatangani Kepala Dinas ke pemohon data', ['Unit Kerja'], 'Surat balasan', '1 Hari', 'Surat balasan permohonan data terkirim'],
  [7, 'Pemohon menerima surat balasan beserta data yang diminta', ['Pemohon'], 'Surat balasan permohonan data', '1 Hari', 'Surat balasan permohonan data diterima pemohon'],
];

export function jatimInformasiSop(): SopContent {
  return {
    identity: {
      instansi: 'Dinas Koperasi dan UKM Provinsi Jawa Timur',
      unit: 'Sekretariat',
      nomor: null,
      nama: 'Pengelolaan Layanan Informasi dan Dokumentasi',
      tanggalPembuatan: '2023-02-01',
      tanggalRevisi: null,
      tanggalEfektif: null,
      disahkanOleh: { nama: 'Dr. Andromeda Qomariah, M.M.', nip: '196801171994032003', jabatan: 'Kepala Dinas Koperasi dan UKM' },
      dasarHukum: [
        'Undang-Undang Nomor 25 Tahun 1992 Tentang Perkoperasian',
        'Undang-Undang Nomor 20 Tahun 2008 Tentang Usaha Mikro, Kecil dan Menengah',
        'Undang-Undang Nomor 23 Tahun 2014 Tentang Pemerintah Daerah',
        'Peraturan Pemerintah Nomor 18 Tahun 2016 Tentang Perangkat Daerah',
        'Peraturan Menteri Dalam Negeri RI Nomor 52 Tahun 2011 Tentang Standar Operasional Prosedur di Lingkungan Pemerintah Provinsi dan Kabupaten/Kota',
        'Peraturan Menteri PAN dan RB RI Nomor 35 Tahun 2012 Tentang Pedoman Penyusunan Standar Operasional Prosedur Administrasi Pemerintahan',
        'Peraturan Daerah Provinsi Jawa Timur Nomor 4 Tahun 2007 Tentang Pemberdayaan Koperasi dan UMKM',
        'Peraturan Daerah Provinsi Jawa Timur Nomor 6 Tahun 2011 Tentang Pemberdayaan UMKM',
        'Peraturan Daerah Provinsi Jawa Timur Nomor 11 Tahun 2016 Tentang Pembentukan dan Susunan Perangkat Daerah',
        'Peraturan Gubernur Provinsi Jawa Timur Nomor 91 Tahun 2021 Tentang Kedudukan, Susunan Organisasi, Uraian Tugas dan Fungsi serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Jawa Timur',
        'Keputusan Gubernur Provinsi Jawa Timur Nomor 188/31/KPTS/013/2022 Tentang Tugas Kelompok Sub-Substansi dan Tugas Sub-Koordinator di Lingkungan Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Jawa Timur',
      ],
      keterkaitan: ['SOP ini tidak berkaitan dengan SOP lain.'],
      peringatan: 'Apabila SOP ini tidak dilakukan dengan benar maka kegiatan tidak akan berjalan dengan baik.',
      kualifikasiPelaksana: [
        'Mampu mengoperasikan komputer',
        'Mengetahui semua proses pelayanan secara umum',
        'Mampu berkomunikasi dengan baik',
        'Memahami peraturan terkait yang berlaku',
      ],
      peralatanPerlengkapan: ['Komputer', 'Internet', 'Alat Tulis', 'Printer'],
      pencatatanPendataan: 'Surat masuk',
    },
    procedures: [
      {
        name: 'Penerimaan Penelitian',
        roles: ['Kepala Dinas', 'Sekretariat', 'Petugas Surat Masuk', 'Petugas Frontliner', 'Peneliti'],
        steps: PENELITIAN.map(step),
      },
      { name: 'Permintaan Data (Eksternal)', roles: ['Kepala Dinas', 'Unit Kerja', 'Pemohon'], steps: PERMINTAAN_DATA.map(step) },
    ],
  };
}
