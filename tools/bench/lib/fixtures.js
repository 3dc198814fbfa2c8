'use strict';
/**
 * Request bodies for the HTTP benchmarks, written against the public API (the OpenAPI documents of
 * sop-catalogue and letters), so a bench depends on no service's internals.
 */
const { randomUUID } = require('node:crypto');

const waktu = (max, unit) => ({ raw: `${max} ${unit}`, min: max, max, unit, ceiling: false });

/**
 * A complete SOP AP (identity and a 4-step procedure) of Dinkop Jawa Timur (35), approvable by
 * `pengesah` (the demo Kepala Dinas: the approver must be the document's "Disahkan oleh").
 */
function sopContent(n, pengesah) {
  const roles = ['Staf', 'Kepala Seksi', 'Kepala Bidang', 'Kepala Dinas'];
  const step = (no, kegiatan, pelaksana, output, decision = null) => ({
    no,
    kegiatan,
    pelaksana: [pelaksana],
    decision,
    mutuBaku: { kelengkapan: ['Berkas permohonan'], waktu: waktu(no === 4 ? 1 : 2, no === 4 ? 'hari' : 'jam'), output },
    keterangan: '',
  });
  return {
    identity: {
      instansi: 'Dinas Koperasi dan Usaha Kecil Menengah Provinsi Jawa Timur',
      unit: `Bidang Bench ${Number.isInteger(n) ? n % 20 : 0}`,
      nomor: `000.8/${String(n).padStart(5, '0')}/114.3/2025`,
      nama: `Pelayanan Bench Nomor ${n}`,
      tanggalPembuatan: '2025-01-06',
      tanggalRevisi: null,
      tanggalEfektif: '2025-01-06',
      disahkanOleh: { nama: pengesah.name, nip: pengesah.nip, jabatan: 'Kepala Dinas Koperasi dan UKM Provinsi Jawa Timur' },
      dasarHukum: ['Peraturan Menteri PAN-RB Nomor 35 Tahun 2012'],
      keterkaitan: [],
      peringatan: 'Jika SOP ini tidak dilaksanakan, pelayanan terlambat',
      kualifikasiPelaksana: ['Pendidikan minimal S1'],
      peralatanPerlengkapan: ['Komputer', 'ATK'],
      pencatatanPendataan: 'Buku agenda',
    },
    procedures: [
      {
        name: `Pelayanan Bench Nomor ${n}`,
        roles,
        steps: [
          step(1, 'Menerima berkas permohonan dan mencatat di buku agenda', 'Staf', 'Berkas tercatat'),
          step(2, 'Memeriksa kelengkapan berkas', 'Kepala Seksi', 'Berkas diperiksa', { question: 'Berkas lengkap?', ya: 3, tidak: 1 }),
          step(3, 'Memberi paraf dan meneruskan kepada Kepala Dinas', 'Kepala Bidang', 'Berkas diparaf'),
          step(4, 'Menandatangani surat jawaban', 'Kepala Dinas', 'Surat ditandatangani'),
        ],
      },
    ],
  };
}

/** The local year (WIB, UTC+7) of now: the year of the agenda book a registration numbers from. */
const agendaYear = (now = new Date()) => new Date(now.getTime() + 7 * 3600_000).getUTCFullYear();

/**
 * A surat masuk of Dinkop Jawa Timur (35), routed to its Kepala Dinas, opening no SOP case.
 * `external`: numbered by SRIKANDI (Jejak issues no number); otherwise Jejak's agenda book numbers it.
 */
function suratMasuk({ routeTo, external, letterId = randomUUID(), n = 0 }) {
  const year = agendaYear();
  const body = {
    letterId,
    tanggalDiterima: `${year}-01-06`,
    pengirim: { nama: 'Ketua Koperasi Sumber Rejeki', instansi: 'Koperasi Sumber Rejeki' },
    nomorSurat: `12/KSR/I/${year}`,
    tanggalSurat: `${year}-01-03`,
    perihal: `Permohonan pembinaan koperasi ${n}`,
    sifat: 'biasa',
    klasifikasi: '500.3',
    routeTo,
    sopCase: null,
  };
  if (external) body.nomorEksternal = { system: 'SRIKANDI', nomor: `B-000.8/${n}/114.3/${year}` };
  return body;
}

module.exports = { sopContent, suratMasuk, agendaYear };
