import type { HolidayYear } from './dinas-calendar';

/**
 * Default national holidays (libur nasional) and collective leave (cuti bersama) for 2024-2026.
 *
 * Source: the yearly Surat Keputusan Bersama (SKB) 3 Menteri (Menteri Agama, Menteri Ketenagakerjaan,
 * Menteri PANRB) on libur nasional dan cuti bersama, as amended during the year, plus Keputusan Presiden
 * that declared election days holidays. Dates were typed from memory of the published SKBs and were NOT
 * checked against the signed documents here: treat every year as UNVERIFIED until an administrator
 * confirms it. Items we are least sure of say UNVERIFIED in their name comment.
 *
 * This is DEFAULT DATA. Administrators edit it per dinas (e.g. a regional holiday, or a revision of the SKB);
 * no calculation may depend on these dates being present.
 */
export const INDONESIAN_HOLIDAYS_2024_2026: readonly HolidayYear[] = [
  {
    year: 2024,
    source: 'SKB 3 Menteri No. 855/2023, 3/2023, 4/2023 (diubah 2024); Keppres 10/2024 (Pemilu); Keppres 33/2024 (Pilkada)',
    holidays: [
      { date: '2024-01-01', name: 'Tahun Baru 2024 Masehi', kind: 'libur_nasional' },
      { date: '2024-02-08', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur_nasional' },
      { date: '2024-02-09', name: 'Cuti bersama Tahun Baru Imlek', kind: 'cuti_bersama' },
      { date: '2024-02-10', name: 'Tahun Baru Imlek 2575 Kongzili', kind: 'libur_nasional' },
      // Pemilu 2024 day, declared a holiday by Keppres, not by the SKB. UNVERIFIED (Keppres number).
      { date: '2024-02-14', name: 'Pemilihan Umum 2024', kind: 'libur_nasional' },
      { date: '2024-03-11', name: 'Hari Suci Nyepi Tahun Baru Saka 1946', kind: 'libur_nasional' },
      { date: '2024-03-12', name: 'Cuti bersama Hari Suci Nyepi', kind: 'cuti_bersama' },
      { date: '2024-03-29', name: 'Wafat Isa Al Masih', kind: 'libur_nasional' },
      { date: '2024-03-31', name: 'Hari Paskah', kind: 'libur_nasional' },
      { date: '2024-04-08', name: 'Cuti bersama Idul Fitri 1445 H', kind: 'cuti_bersama' },
      { date: '2024-04-09', name: 'Cuti bersama Idul Fitri 1445 H', kind: 'cuti_bersama' },
      { date: '2024-04-10', name: 'Hari Raya Idul Fitri 1445 H', kind: 'libur_nasional' },
      { date: '2024-04-11', name: 'Hari Raya Idul Fitri 1445 H', kind: 'libur_nasional' },
      { date: '2024-04-12', name: 'Cuti bersama Idul Fitri 1445 H', kind: 'cuti_bersama' },
      { date: '2024-04-15', name: 'Cuti bersama Idul Fitri 1445 H', kind: 'cuti_bersama' },
      { date: '2024-05-01', name: 'Hari Buruh Internasional', kind: 'libur_nasional' },
      { date: '2024-05-09', name: 'Kenaikan Isa Al Masih', kind: 'libur_nasional' },
      { date: '2024-05-10', name: 'Cuti bersama Kenaikan Isa Al Masih', kind: 'cuti_bersama' },
      { date: '2024-05-23', name: 'Hari Raya Waisak 2568 BE', kind: 'libur_nasional' },
      { date: '2024-05-24', name: 'Cuti bersama Hari Raya Waisak', kind: 'cuti_bersama' },
      { date: '2024-06-01', name: 'Hari Lahir Pancasila', kind: 'libur_nasional' },
      { date: '2024-06-17', name: 'Hari Raya Idul Adha 1445 H', kind: 'libur_nasional' },
      { date: '2024-06-18', name: 'Cuti bersama Idul Adha 1445 H', kind: 'cuti_bersama' },
      { date: '2024-07-07', name: 'Tahun Baru Islam 1446 H', kind: 'libur_nasional' },
      { date: '2024-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'libur_nasional' },
      { date: '2024-09-16', name: 'Maulid Nabi Muhammad SAW', kind: 'libur_nasional' },
      // Pilkada serentak day, declared a holiday by Keppres. UNVERIFIED (Keppres number).
      { date: '2024-11-27', name: 'Pemilihan Kepala Daerah Serentak 2024', kind: 'libur_nasional' },
      { date: '2024-12-25', name: 'Hari Raya Natal', kind: 'libur_nasional' },
      { date: '2024-12-26', name: 'Cuti bersama Hari Raya Natal', kind: 'cuti_bersama' },
    ],
  },
  {
    year: 2025,
    source: 'SKB 3 Menteri No. 1017/2024, 2/2024, 2/2024 (diubah 2025)',
    holidays: [
      { date: '2025-01-01', name: 'Tahun Baru 2025 Masehi', kind: 'libur_nasional' },
      { date: '2025-01-27', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur_nasional' },
      { date: '2025-01-28', name: 'Cuti bersama Tahun Baru Imlek', kind: 'cuti_bersama' },
      { date: '2025-01-29', name: 'Tahun Baru Imlek 2576 Kongzili', kind: 'libur_nasional' },
      { date: '2025-03-28', name: 'Cuti bersama Hari Suci Nyepi', kind: 'cuti_bersama' },
      { date: '2025-03-29', name: 'Hari Suci Nyepi Tahun Baru Saka 1947', kind: 'libur_nasional' },
      { date: '2025-03-31', name: 'Hari Raya Idul Fitri 1446 H', kind: 'libur_nasional' },
      { date: '2025-04-01', name: 'Hari Raya Idul Fitri 1446 H', kind: 'libur_nasional' },
      { date: '2025-04-02', name: 'Cuti bersama Idul Fitri 1446 H', kind: 'cuti_bersama' },
      { date: '2025-04-03', name: 'Cuti bersama Idul Fitri 1446 H', kind: 'cuti_bersama' },
      { date: '2025-04-04', name: 'Cuti bersama Idul Fitri 1446 H', kind: 'cuti_bersama' },
      { date: '2025-04-07', name: 'Cuti bersama Idul Fitri 1446 H', kind: 'cuti_bersama' },
      { date: '2025-04-18', name: 'Wafat Isa Al Masih', kind: 'libur_nasional' },
      { date: '2025-04-20', name: 'Hari Paskah', kind: 'libur_nasional' },
      { date: '2025-05-01', name: 'Hari Buruh Internasional', kind: 'libur_nasional' },
      { date: '2025-05-12', name: 'Hari Raya Waisak 2569 BE', kind: 'libur_nasional' },
      { date: '2025-05-13', name: 'Cuti bersama Hari Raya Waisak', kind: 'cuti_bersama' },
      { date: '2025-05-29', name: 'Kenaikan Isa Al Masih', kind: 'libur_nasional' },
      { date: '2025-05-30', name: 'Cuti bersama Kenaikan Isa Al Masih', kind: 'cuti_bersama' },
      { date: '2025-06-01', name: 'Hari Lahir Pancasila', kind: 'libur_nasional' },
      { date: '2025-06-06', name: 'Hari Raya Idul Adha 1446 H', kind: 'libur_nasional' },
      { date: '2025-06-09', name: 'Cuti bersama Idul Adha 1446 H', kind: 'cuti_bersama' },
      { date: '2025-06-27', name: 'Tahun Baru Islam 1447 H', kind: 'libur_nasional' },
      { date: '2025-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'libur_nasional' },
      // Added as cuti bersama by an amendment during 2025. UNVERIFIED.
      { date: '2025-08-18', name: 'Cuti bersama Hari Kemerdekaan', kind: 'cuti_bersama' },
      { date: '2025-09-05', name: 'Maulid Nabi Muhammad SAW', kind: 'libur_nasional' },
      { date: '2025-12-25', name: 'Hari Raya Natal', kind: 'libur_nasional' },
      { date: '2025-12-26', name: 'Cuti bersama Hari Raya Natal', kind: 'cuti_bersama' },
    ],
  },
  {
    // The whole year is UNVERIFIED: Islamic dates depend on the government's sidang isbat, and the SKB may be amended.
    year: 2026,
    source: 'SKB 3 Menteri tentang Hari Libur Nasional dan Cuti Bersama Tahun 2026 (UNVERIFIED)',
    holidays: [
      { date: '2026-01-01', name: 'Tahun Baru 2026 Masehi', kind: 'libur_nasional' },
      { date: '2026-01-16', name: 'Isra Mikraj Nabi Muhammad SAW', kind: 'libur_nasional' },
      { date: '2026-02-16', name: 'Cuti bersama Tahun Baru Imlek', kind: 'cuti_bersama' },
      { date: '2026-02-17', name: 'Tahun Baru Imlek 2577 Kongzili', kind: 'libur_nasional' },
      { date: '2026-03-18', name: 'Cuti bersama Hari Suci Nyepi', kind: 'cuti_bersama' },
      { date: '2026-03-19', name: 'Hari Suci Nyepi Tahun Baru Saka 1948', kind: 'libur_nasional' },
      { date: '2026-03-20', name: 'Cuti bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
      { date: '2026-03-21', name: 'Hari Raya Idul Fitri 1447 H', kind: 'libur_nasional' },
      { date: '2026-03-22', name: 'Hari Raya Idul Fitri 1447 H', kind: 'libur_nasional' },
      { date: '2026-03-23', name: 'Cuti bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
      { date: '2026-03-24', name: 'Cuti bersama Idul Fitri 1447 H', kind: 'cuti_bersama' },
      { date: '2026-04-03', name: 'Wafat Isa Al Masih', kind: 'libur_nasional' },
      { date: '2026-04-05', name: 'Hari Paskah', kind: 'libur_nasional' },
      { date: '2026-05-01', name: 'Hari Buruh Internasional', kind: 'libur_nasional' },
      { date: '2026-05-14', name: 'Kenaikan Isa Al Masih', kind: 'libur_nasional' },
      { date: '2026-05-15', name: 'Cuti bersama Kenaikan Isa Al Masih', kind: 'cuti_bersama' },
      { date: '2026-05-27', name: 'Hari Raya Idul Adha 1447 H', kind: 'libur_nasional' },
      { date: '2026-05-28', name: 'Cuti bersama Idul Adha 1447 H', kind: 'cuti_bersama' },
      { date: '2026-05-31', name: 'Hari Raya Waisak 2570 BE', kind: 'libur_nasional' },
      { date: '2026-06-01', name: 'Hari Lahir Pancasila', kind: 'libur_nasional' },
      { date: '2026-06-16', name: 'Tahun Baru Islam 1448 H', kind: 'libur_nasional' },
      { date: '2026-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'libur_nasional' },
      { date: '2026-08-25', name: 'Maulid Nabi Muhammad SAW', kind: 'libur_nasional' },
      { date: '2026-12-24', name: 'Cuti bersama Hari Raya Natal', kind: 'cuti_bersama' },
      { date: '2026-12-25', name: 'Hari Raya Natal', kind: 'libur_nasional' },
    ],
  },
];
