import type { PermitTypeContent, RequiredDocument, Sourced } from './permit-type.content';

/**
 * The seed set of permit types, from the Pacitan SOP book (2023) and the domain notes. Values the
 * book states are VERIFIED with the step they come from; values from secondary sources or lost step
 * tables are UNVERIFIED: a dinas revises them through the API (`POST /permit-types/{code}/versions`).
 */
export interface PermitTypeSeed {
  code: string;
  effectiveFrom: string;
  content: PermitTypeContent;
}

const BOOK = 'Buku SOP Dinas Koperasi, Usaha Mikro dan Perindustrian Kab. Pacitan 2023';
const verified = (source: string): Sourced => ({ verification: 'VERIFIED', source: `${BOOK}, ${source}` });
const unverified = (source: string): Sourced => ({ verification: 'UNVERIFIED', source });
const NOTES = 'domain-notes.md (sumber sekunder)';
const LOST = 'Tabel langkah SOP hilang dari buku; diisi dari catatan domain';
const ODS_SHAPE = { digits: 16, ...unverified('Bentuk NIK koperasi tidak tercantum di catatan domain; 16 digit sebagai bawaan') };
const NO_TIME = { value: null, ...unverified('SOP tidak menyebut waktu standar keseluruhan') };

const doc = (code: string, name: string, suppliedBy: RequiredDocument['suppliedBy'], s: Sourced): RequiredDocument => ({ code, name, suppliedBy, ...s });

const ktp = (s: Sourced) => doc('ktp', 'KTP / data diri pemohon', 'pemohon', s);
const nib = (s: Sourced) => doc('nib', 'Nomor Induk Berusaha (NIB)', 'sistem-nasional', s);

export const PERMIT_TYPE_SEEDS: readonly PermitTypeSeed[] = [
  {
    code: 'NIB',
    effectiveFrom: '2023-01-04',
    content: {
      name: 'Fasilitasi penerbitan NIB',
      sop: { nomor: '11/SOP/PERINDUSTRIAND/2023', nama: 'Penerbitan NIB', ...verified('SOP 11, identitas') },
      applicantKinds: ['business', 'person'],
      prerequisites: [],
      documents: [ktp(unverified(LOST))],
      checks: [],
      outsideSteps: [{ code: 'oss-terbit', name: 'NIB diterbitkan OSS RBA', system: 'OSS', ...unverified(LOST) }],
      outputs: ['izin'],
      validity: { kind: 'national-system', ...unverified(LOST) },
      standardWorkingDays: NO_TIME,
      identifierShapes: {},
    },
  },
  {
    code: 'IUI_REKOMTEK',
    effectiveFrom: '2023-01-04',
    content: {
      name: 'Rekomendasi teknis pengaktifan Izin Usaha Industri (IUI)',
      sop: { nomor: '14/SOP/DIKUPERIND/2023', nama: 'Rekomendasi Teknis Pengaktifan IUI', ...verified('SOP 14, daftar SOP') },
      applicantKinds: ['business'],
      prerequisites: ['NIB'],
      documents: [
        ktp(verified('SOP 14 langkah 1 (KTP/Data Diri)')),
        nib(verified('SOP 14 langkah 2 (NIB)')),
        doc('data-perusahaan', 'Data perusahaan (alamat kantor, kontak, kapasitas produksi, perizinan)', 'pemohon', verified('SOP 14 langkah 4')),
        doc('bukti-pendaftaran-siinas', 'Bukti pendaftaran permohonan verifikasi SIINas', 'sistem-nasional', verified('SOP 14 langkah 5')),
      ],
      checks: [
        { code: 'data-perusahaan-sesuai', question: 'Data perusahaan sesuai kondisi lapangan?', ...verified('SOP 14 langkah 7 (pemeriksaan lapangan, ya/tidak)') },
        { code: 'kapasitas-produksi-sesuai', question: 'Kapasitas produksi sesuai yang dilaporkan?', ...unverified('Rincian pemeriksaan lapangan tidak tercantum di SOP 14') },
      ],
      outsideSteps: [
        { code: 'oss-permohonan', name: 'Permohonan izin melalui portal OSS', system: 'OSS', ...verified('SOP 14 langkah 1') },
        { code: 'siinas-registrasi', name: 'Registrasi akun SIINas', system: 'SIINAS', ...verified('SOP 14 langkah 2') },
        { code: 'oss-rekomtek-diterima', name: 'Rekomendasi teknis dikirim ke OSS, IUI efektif', system: 'OSS', ...verified('SOP 14 langkah 11-12') },
      ],
      outputs: ['bap', 'rekomendasi', 'izin'],
      validity: { kind: 'national-system', ...unverified('Masa berlaku IUI ditetapkan OSS') },
      standardWorkingDays: NO_TIME,
      identifierShapes: {},
    },
  },
  {
    code: 'IUSP',
    effectiveFrom: '2023-01-04',
    content: {
      name: 'Fasilitasi Izin Usaha Simpan Pinjam (IUSP)',
      sop: { nomor: null, nama: 'Fasilitasi IUSP', ...unverified('Tidak ada SOP IUSP di buku Pacitan; Permenkop UKM 8/2023') },
      applicantKinds: ['cooperative'],
      prerequisites: ['NIK_KOPERASI'],
      documents: [
        doc('akta-pendirian', 'Akta pendirian dan pengesahan badan hukum koperasi', 'pemohon', unverified(NOTES)),
        doc('rencana-kerja', 'Rencana kerja', 'pemohon', unverified(NOTES)),
      ],
      checks: [{ code: 'usp-beroperasi', question: 'Unit simpan pinjam sudah beroperasi?', ...unverified(NOTES) }],
      outsideSteps: [{ code: 'oss-iusp', name: 'IUSP diterbitkan melalui OSS', system: 'OSS', ...unverified(NOTES) }],
      outputs: ['rekomendasi', 'izin'],
      validity: { kind: 'national-system', ...unverified(NOTES) },
      standardWorkingDays: NO_TIME,
      identifierShapes: { nikKoperasi: ODS_SHAPE },
    },
  },
  {
    code: 'KANTOR_CABANG',
    effectiveFrom: '2023-01-04',
    content: {
      name: 'Fasilitasi izin kantor cabang koperasi simpan pinjam',
      sop: { nomor: null, nama: 'Fasilitasi izin kantor cabang', ...unverified('Persyaratan yang dipublikasikan Kab. Trenggalek; Permenkop UKM 8/2023') },
      applicantKinds: ['cooperative'],
      prerequisites: ['IUSP'],
      documents: [
        doc('iusp', 'IUSP dan bukti beroperasi paling sedikit 2 tahun', 'pemohon', unverified('Persyaratan Kab. Trenggalek')),
        doc('penilaian-kesehatan', 'Hasil penilaian kesehatan paling rendah "cukup sehat"', 'dinas', unverified('Persyaratan Kab. Trenggalek')),
        doc('daftar-anggota-cabang', 'Daftar paling sedikit 20 anggota di wilayah cabang', 'pemohon', unverified('Persyaratan Kab. Trenggalek')),
        doc('modal-cabang', 'Bukti modal kantor cabang paling sedikit Rp15.000.000', 'pemohon', unverified('Persyaratan Kab. Trenggalek')),
        doc('laporan-keuangan-2-tahun', 'Laporan keuangan 2 tahun terakhir', 'pemohon', unverified('Persyaratan Kab. Trenggalek')),
        doc('rencana-kerja', 'Rencana kerja paling sedikit 1 tahun', 'pemohon', unverified('Persyaratan Kab. Trenggalek')),
        doc('registrasi-goaml', 'Bukti registrasi goAML', 'pemohon', unverified('Persyaratan Kab. Trenggalek')),
      ],
      checks: [{ code: 'kantor-tersedia', question: 'Kantor cabang tersedia dan layak?', ...unverified('Persyaratan Kab. Trenggalek') }],
      outsideSteps: [{ code: 'oss-ikc', name: 'Izin kantor cabang (IKC) diterbitkan melalui OSS', system: 'OSS', ...unverified(NOTES) }],
      outputs: ['rekomendasi', 'izin'],
      validity: { kind: 'national-system', ...unverified(NOTES) },
      standardWorkingDays: NO_TIME,
      identifierShapes: { nikKoperasi: ODS_SHAPE },
    },
  },
  {
    code: 'KANTOR_CABANG_PEMBANTU',
    effectiveFrom: '2023-01-04',
    content: {
      name: 'Fasilitasi izin kantor cabang pembantu / kantor kas koperasi simpan pinjam',
      sop: { nomor: null, nama: 'Fasilitasi izin kantor cabang pembantu dan kantor kas', ...unverified('Permenkop UKM 8/2023; tidak ada SOP di buku Pacitan') },
      applicantKinds: ['cooperative'],
      prerequisites: ['KANTOR_CABANG'],
      documents: [
        doc('izin-kantor-cabang', 'Izin kantor cabang induk', 'pemohon', unverified(NOTES)),
        doc('rencana-kerja', 'Rencana kerja', 'pemohon', unverified(NOTES)),
      ],
      checks: [{ code: 'kantor-tersedia', question: 'Kantor tersedia dan layak?', ...unverified(NOTES) }],
      outsideSteps: [{ code: 'oss-ikcp-ikk', name: 'Izin IKCP/IKK diterbitkan melalui OSS', system: 'OSS', ...unverified(NOTES) }],
      outputs: ['rekomendasi', 'izin'],
      validity: { kind: 'national-system', ...unverified(NOTES) },
      standardWorkingDays: NO_TIME,
      identifierShapes: { nikKoperasi: ODS_SHAPE },
    },
  },
  {
    code: 'NIK_KOPERASI',
    effectiveFrom: '2023-01-04',
    content: {
      name: 'Pengajuan sertifikat Nomor Induk Koperasi (NIK)',
      sop: { nomor: '01/SOP/DIKUPERIND/2023', nama: 'Pengajuan Sertifikat Nomor Induk Berkoperasi (NIK)', ...verified('SOP 1, daftar SOP') },
      applicantKinds: ['cooperative'],
      prerequisites: [],
      documents: [
        doc('form-profil-nik', 'Form profil sertifikat NIK (formulir permohonan)', 'pemohon', verified('SOP 1 langkah 1-4')),
        doc('tanda-terima-berkas', 'Tanda terima berkas', 'dinas', verified('SOP 1, peralatan dan perlengkapan')),
      ],
      checks: [],
      outsideSteps: [
        { code: 'ods-input', name: 'Data permohonan diinput ke aplikasi ODS', system: 'ODS', ...verified('SOP 1 langkah 5') },
        { code: 'kementerian-verifikasi-cetak', name: 'Kementerian memverifikasi dan mencetak sertifikat NIK', system: 'KEMENKOP', ...verified('SOP 1 langkah 6') },
        { code: 'sertifikat-dikirim', name: 'Sertifikat NIK dikirim dari kementerian dan diterima', system: 'KEMENKOP', ...verified('SOP 1 langkah 7-8') },
      ],
      outputs: ['sertifikat'],
      validity: { kind: 'months', months: 24, ...unverified('domain-notes.md: sertifikat NIK berlaku 2 tahun') },
      standardWorkingDays: NO_TIME,
      identifierShapes: { nikKoperasi: ODS_SHAPE },
    },
  },
  {
    code: 'PIRT',
    effectiveFrom: '2023-01-04',
    content: {
      name: 'Fasilitasi penerbitan PIRT',
      sop: { nomor: '13/SOP/DIKUPERIND/2023', nama: 'Penerbitan PIRT', ...verified('SOP 13, identitas') },
      applicantKinds: ['business', 'person'],
      prerequisites: ['NIB'],
      documents: [ktp(unverified(LOST)), nib(verified('SOP 13, keterkaitan: Penerbitan NIB'))],
      checks: [],
      outsideSteps: [{ code: 'oss-pirt', name: 'SPP-IRT diterbitkan melalui OSS', system: 'OSS', ...unverified(LOST) }],
      outputs: ['izin'],
      validity: { kind: 'national-system', ...unverified(LOST) },
      standardWorkingDays: NO_TIME,
      identifierShapes: {},
    },
  },
  {
    code: 'MEREK',
    effectiveFrom: '2023-01-04',
    content: {
      name: 'Surat rekomendasi usaha mikro untuk pengajuan merek',
      sop: { nomor: '12/SOP/DIKUPERIND/2023', nama: 'Penerbitan Surat Rekomendasi UM Pengajuan Merek', ...verified('SOP 12, identitas') },
      applicantKinds: ['business', 'person'],
      prerequisites: ['NIB'],
      documents: [ktp(unverified(LOST)), nib(unverified(LOST)), doc('etiket-merek', 'Etiket (contoh) satu merek', 'pemohon', unverified('domain-services.md: satu surat untuk satu merek'))],
      checks: [],
      outsideSteps: [{ code: 'djki-permohonan', name: 'Permohonan merek ke DJKI', system: 'DJKI', ...unverified(LOST) }],
      outputs: ['surat'],
      validity: { kind: 'signing-year', ...unverified('domain-services.md: berlaku pada tahun ditandatangani (belum terverifikasi di daerah lain)') },
      standardWorkingDays: NO_TIME,
      identifierShapes: {},
    },
  },
];
