import type { SopContent } from '@jejak/contracts';

/** A short but complete SOP AP document, the request example of the OpenAPI documentation. */
export const SOP_CONTENT_EXAMPLE: SopContent = {
  identity: {
    instansi: 'Dinas Koperasi dan UKM Provinsi Kalimantan Barat',
    unit: 'UPT PLUT KUMKM',
    nomor: '800/012/PLUT/2024',
    nama: 'Pendampingan Usaha Mikro di PLUT',
    tanggalPembuatan: '2024-01-02',
    tanggalRevisi: null,
    tanggalEfektif: '2024-01-02',
    disahkanOleh: { nama: 'Ir. Ansfridus J. Andjioe, ME', nip: '196607191993111002', jabatan: 'Kepala Dinas Koperasi dan UKM' },
    dasarHukum: ['Peraturan Menteri PAN dan RB Nomor 35 Tahun 2012'],
    keterkaitan: ['SOP ini tidak berkaitan dengan SOP lain.'],
    peringatan: 'Apabila SOP tidak dilaksanakan, pelayanan pendampingan terlambat',
    kualifikasiPelaksana: ['Memahami tugas dan fungsi PLUT'],
    peralatanPerlengkapan: ['Komputer', 'Formulir pendaftaran'],
    pencatatanPendataan: 'Buku register pendampingan',
  },
  procedures: [
    {
      name: 'Pendampingan Usaha Mikro',
      roles: ['Pelaku Usaha', 'Petugas PLUT', 'Kepala UPT'],
      steps: [
        {
          no: 1,
          kegiatan: 'Mengisi formulir pendaftaran pendampingan',
          pelaksana: ['Pelaku Usaha'],
          decision: null,
          mutuBaku: { kelengkapan: ['Formulir pendaftaran', 'KTP'], waktu: { raw: '15 menit', min: 15, max: 15, unit: 'menit', ceiling: false }, output: 'Formulir terisi' },
          keterangan: '',
        },
        {
          no: 2,
          kegiatan: 'Memeriksa kelengkapan berkas dan menjadwalkan pendampingan',
          pelaksana: ['Petugas PLUT'],
          decision: { question: 'Berkas lengkap?', ya: 3, tidak: 1 },
          mutuBaku: { kelengkapan: ['Formulir terisi'], waktu: { raw: '1 hari', min: 1, max: 1, unit: 'hari', ceiling: false }, output: 'Jadwal pendampingan' },
          keterangan: '',
        },
        {
          no: 3,
          kegiatan: 'Menyetujui jadwal pendampingan',
          pelaksana: ['Kepala UPT'],
          decision: null,
          mutuBaku: { kelengkapan: ['Jadwal pendampingan'], waktu: { raw: '1 hari', min: 1, max: 1, unit: 'hari', ceiling: false }, output: 'Jadwal disetujui' },
          keterangan: '',
        },
      ],
    },
  ],
};
