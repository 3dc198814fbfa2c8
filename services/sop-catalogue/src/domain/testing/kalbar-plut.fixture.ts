import type { SopContent, SopStep } from '@jejak/contracts';
import { waktu } from './waktu.fixture';

/**
 * "Peningkatan Pelayanan PLUT", Dinas Koperasi, UKM Provinsi Kalimantan Barat, from
 * docs/seeds/kalbar-sop-peningkatan-pelayanan-plut.txt: identity, 6 role columns and 28 steps as written.
 * The seed lost its flowchart drawings, so the pelaksana of each step is read from the kegiatan text
 * ("Fungsional umum mengetik ...", "Kasi meminta ...", "... diserahkan kepada Sekretaris") and from the symbols
 * that survived on steps 24-28. The corrections ("jika benar akan di paraf ..., jika ada kesalahan dikembalikan")
 * are decisions whose "Tidak" goes back to the step that produced the document.
 */
const ROLES = ['Fungsional Umum', 'Pendamping PLUT', 'Kasubid', 'Kepala Bidang', 'Sekretaris', 'Kepala Dinas'];

type Row = [no: number, kegiatan: string, pelaksana: string[], kelengkapan: string, waktu: string, output: string, tidak?: number];

const ROWS: Row[] = [
  [1, 'Menelaah Kegiatan Peningkatan Pelayanan PLUT yang akan dilaksanakan di 3 Kabupaten/Kota dan meminta Kasi untuk menyusun Draf SK Penetapan Panitia dengan menerbitkan Nota Kabid.', ['Kepala Bidang'], 'RKA/DPA', '1 hari', 'Nota Dinas'],
  [2, 'Menyusun draf SK Panitia Kegiatan Peningkatan Pelayanan PLUT', ['Kasubid'], '', '1 hari', 'Draf SK'],
  [3, 'Mengetik draf naskah SK Kepala Dinas tentang penetapan Panitia Kegiatan Peningkatan Pelayanan PLUT sesuai arahan Kasi.', ['Fungsional Umum'], '', '1 hari', 'Konsep SK yang sudah diketik'],
  [4, 'Mengoreksi hasil ketikan fungsional umum jika benar akan di paraf serta mengajukan kepada Kabid untuk dikoreksi,', ['Kasubid'], '', '2 hari', 'Konsep SK yang sudah dikoreksi', 3],
  [5, 'Mengoreksi SK yang duajukan dan apabila benar akan di paraf serta membuat nota pertimbangan dan diserahkan kepada Sekretaris.', ['Kepala Bidang'], '', '1 hari', 'Konsep SK yang sudah dipraf', 4],
  [6, 'Menerima SK dari Kabid untuk di paraf dan diteruskan kepada Kadis untuk ditandatangani,', ['Sekretaris'], '', '1 hari', 'Konsep SK yang sudah di paraf oleh Sekretaris'],
  [7, 'Membaca, memeriksa dan menelaah SK Panitia Kegiatan Peningkatan Pelayanan PLUT, jika ada kesalahan dikembalikan kebidang dan jika benar akan langsung ditandatangani dan diberi nomor oleh Tata Usaha,', ['Kepala Dinas'], '', '1 hari', 'SK yang sudah ditandatangani oleh Kadis', 5],
  [8, 'Menindaklanjuti SK Panitia yang telah ditandatangani oleh Kadis dan mendisposisikan kepada Kasi agar segera ditindaklanjuti bersama Pendamping PLUT,', ['Kepala Bidang'], '', '1 hari', 'Disposisi dan ditindaklanjuti oleh Kasi'],
  [9, 'Kasi meminta fungsional umum untuk menggandakan SK dan membuat surat ke Kabupaten/Kota berkaitan dengan Kegiatan Peningkatan Pelayanan PLUT.', ['Kasubid'], '', '2 hari', 'SK yang sudah digandakan'],
  [10, 'Fungsional umum mengetik surat undangan ke Kabupaten/ Kota dan surat permohonan sebagai narasumber dalam Kegiatan Peningkatan Pelayanan PLUT.', ['Fungsional Umum'], '', '2 hari', 'Surat Undangan Peserta dan Narasumber yang sudah diketik'],
  [11, 'Mengoreksi surat undangan dan surat permohonan sebagai narasumber, jika benar langsung memberikan paraf dan diajukan kepada Kabid.', ['Kasubid'], '', '2 hari', 'Surat Undangan Peserta dan Narasumber yang sudah diparaf', 10],
  [12, 'Mengoreksi surat undangan dan surat permohonan sebagai narasumber, jika benar langsung memberikan paraf dan diajukan kepada Kepala Dinas melalui Sekretaris.', ['Kepala Bidang'], '', '1 hari', 'Surat Undangan Peserta dan Narasumber yang sudah diparaf', 11],
  [13, 'Sekretaris menerima surat undangan dan permohonan narasumber dari Kabid untuk di paraf dan diteruskan kepada Kepala Dinas untuk ditandatangani.', ['Sekretaris'], '', '1 hari', 'Surat undangan peserta dan Narasumber yang sudah diparaf oleh Sekretaris'],
  [14, 'Kepala Dinas membaca, memeriksa dan menelaah surat undangan dan permohonan sebagai narasumber dalam Kegiatan Peningkatan Pelayanan PLUT, jika ada kesalahan dikembalikan kebidang dan jika benar akan langsung ditandatangani.', ['Kepala Dinas'], '', '1 hari', 'Surat undangan peserta dan Narasumber yang sudah ditandatangani oleh Kadis dan Nota Dinas untuk ditindaklanjuti.', 12],
  [15, 'Kabid menindaklanjuti surat undangan dan permohonan sbg narasumber yang telah ditandatangani oleh Kadis dan memberikan disposisi kepada Kasi untuk ditindaklanjuti,', ['Kepala Bidang'], '', '1 hari', 'Disposisi Kabid untuk ditindaklanjuti oleh Kasi'],
  [16, 'Mengandatangani surat undangan dan memberikan Cap dan langsung dikirimkan ke Kabupaten/Kota dan berkoordinasi dengan Pendamping PLUT,', ['Kasubid'], '', '1 hari', 'ditandatangani dan siap dikirim'],
  [17, 'Fungsional umum mengirimkan surat undangan ke Kabupaten/Kota yang dipilih atas arahan Kasi.', ['Fungsional Umum'], '', '1 hari', 'Surat undangan sudah dikirim'],
  [18, 'Menyusun rapat persiapan kegiatan Peningkatan Pelayanan PLUT dan mengajukan kepada Kabid untuk menentukan pelaksanaan rapat persiapan bersama Pendamping PLUT,', ['Kasubid'], '', '2 Jam', 'Menentukan hari untuk rapat persiapan'],
  [19, 'Menetapkan rapat kegiatan dan memerintahkan agar semua Pendamping PLUT dan fungsional umum agar mengikuti rapat persiapan Kegiatan Peningkatan Pelayanan PLUT.', ['Kepala Bidang'], '', '3 Jam', 'Rapat persiapan bersama Kabid, Kasi, Fungsional Umum dan Pendamping PLUT'],
  [20, 'Membuat Jadwal, Materi, Laporan Panitia Kegiatan dan Naskah Sambutan Kepala Dinas.', ['Kasubid'], '', '1 hari', 'Hasil rapat persiapan dan mempersiapkan bahan kegiatan'],
  [21, 'Mempersiapkan semua hasil rapat persiapan Kegiatan Peningkatan Pelayanan PLUT', ['Pendamping PLUT'], '', '3 Jam', 'Mempersiapkan bahan untuk kegiatan'],
  [22, 'Mengoreksi Jadwal, Laporan Panitia dan Naskah Sambutan Kepala Dinas, jika benar akan diberi paraf serta diberi nota kepada Kepala Dinas.', ['Kepala Bidang'], '', '2 Jam', 'Bahan kegiatan yang sudah dikoreksi oleh Kabid', 20],
  [23, 'Membaca dan memeriksa Jadwal, Materi, Laporan Panitia Kegiatan dan Naskah Sambutan Kepala Dinas, jika sudah benar Kadis akan memberikan nota kepada kabid untuk mempersiapkan segala hal yang diperlukan dalam pelaksanaan kegiatan dan berkoordinasi dengan Pendamping PLUT.', ['Kepala Dinas'], '', '1 hari', 'Bahan kegiatan yang sudah ditandatangani oleh Kadis', 22],
  [24, 'Memerintahkan kepada Kasi untuk menggandakan jadwal dan materi peserta,', ['Kepala Bidang'], '', '1 hari', 'Jadwal dan materi peserta yang sudah digandakan'],
  [25, 'Fungsional umum menggandakan jadwal dan materi peserta.', ['Fungsional Umum'], '', '3 Hari', 'Jadwal dan materi yg sudah digandakan'],
  [26, 'Menindaklanjuti arahan Kepala Dinas dan menghimbau kepada Kasi, Fungsional umum dan Pendamping PLUT berkenaan dengan pelaksanaan Kegiatan Peningkatan Pelayanan PLUT.', ['Kepala Bidang'], '', '1 Hari', 'Kabid memerintahkan Kasi utk menindaklanjuti bersama Pendamping PLUT'],
  [27, 'Kasi bersama Pendamping PLUT melaksanakan kegiatan dan membuat Laporan Hasil Kegiatan yang telah dilaksanakan.', ['Kasubid', 'Pendamping PLUT'], '', '1 Hari', 'PLUT mempersiapkan semua kegiatan'],
  [28, 'Kasi meminta fungsional umum untuk mengarsipkan semua Laporan Hasil Kegiatan yang dilaksanakan sebagai bahan untuk SPJ', ['Fungsional Umum'], '', '3 Hari', 'Membuat laporan hasil kegiatan untuk SPJ'],
];

const QUESTIONS: Record<number, string> = {
  4: 'Ketikan konsep SK sudah benar?',
  5: 'Konsep SK sudah benar?',
  7: 'SK Panitia sudah benar?',
  11: 'Surat undangan sudah benar?',
  12: 'Surat undangan sudah benar?',
  14: 'Surat undangan sudah benar?',
  22: 'Bahan kegiatan sudah benar?',
  23: 'Bahan kegiatan sudah benar?',
};

function step([no, kegiatan, pelaksana, kelengkapan, raw, output, tidak]: Row): SopStep {
  return {
    no,
    kegiatan,
    pelaksana,
    decision: tidak === undefined ? null : { question: QUESTIONS[no] ?? 'Sudah benar?', ya: no + 1, tidak },
    mutuBaku: { kelengkapan: kelengkapan === '' ? [] : [kelengkapan], waktu: waktu(raw), output },
    keterangan: '',
  };
}

export function kalbarPlutSop(): SopContent {
  return {
    identity: {
      instansi: 'Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
      unit: 'Bidang Pemberdayaan Usaha Kecil',
      nomor: '518 / 917 / KUKRU - IV - 1',
      nama: 'Peningkatan Pelayanan PLUT',
      tanggalPembuatan: '2020-07-22',
      tanggalRevisi: null,
      tanggalEfektif: '2020-07-22',
      disahkanOleh: {
        nama: 'Ir. ANSFRIDUS J. ANDJIOE, ME',
        nip: '19660719 199311 1 002',
        jabatan: 'Kepala Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
      },
      dasarHukum: [
        'Undang-undang Nomor 25 Tahun 1992 Tentang Perkoperasian',
        'Undang-undang Nomor 23 Tahun 2014 tentang Pemerintah Daerah',
        'Peraturan Pemerintah Nomor 25 Tahun 2000 tentang Kewenangan Pemerintah dan Kewenangan Provinsi sebagai Daerah Otonom',
        'Peraturan Daerah Nomor 8 Tahun 2016 tentang Pembentukan Susunan Perangkat Daerah Provinsi Kalimantan Barat',
        'Peraturan Gubernur Kalimantan Barat Nomor 90 Tahun 2019 Tentang Perubahan Atas Peraturan Gubernur Nomor 110 Tahun 2016 Tentang Kedudukan, Susunan Organisasi, Tugas dan Fungsi Serta Tata Kerja Dinas Koperasi, Usaha Kecil dan Menengah Provinsi Kalimantan Barat',
      ],
      keterkaitan: [],
      peringatan: 'Jika SOP ini tidak dibuat, maka tidak akan terlaksana Kegiatan Pameran/Promosi',
      kualifikasiPelaksana: [
        'Pendidikan minimal S1',
        'Bisa mengoperasikan Aplikasi Microsoft Office pada Komputer',
        'Memiliki Pengetahuan tentang Pembinaan UMKM',
      ],
      peralatanPerlengkapan: ['DPA SKPD', 'Komputer', 'Peraturan terkait tentang PLUT', 'ATK'],
      pencatatanPendataan: 'Laporan Kegiatan',
    },
    procedures: [{ name: 'Peningkatan Pelayanan PLUT', roles: [...ROLES], steps: ROWS.map(step) }],
  };
}
