/**
 * Step logs copied from Pacitan's Buku Agenda Kepegawaian, July 2025 (no holidays that month; WIB).
 * The header is line 1 of each file.
 */
export const HISTORY_HEADER = 'case reference,sop number,step number,role,actor,started at,completed at,decision,note';

/** Lines 3-10 are bad, each for its own reason; line 2 is fine. */
export const BAD_HISTORY = [
  HISTORY_HEADER,
  'KP-001,27/SOP/DIKUPERIND/2023,1,STAF,Eko Nugroho,2025-07-07 08:00,2025-07-08 10:00,,Buku Agenda Kepegawaian 2025 hlm. 3',
  'KP-009,99/SOP/XX/2023,1,STAF,,,2025-07-07 10:00,,',
  'KP-001,27/SOP/DIKUPERIND/2023,2,KASI,,,kemarin sore,ya,',
  'KP-001,27/SOP/DIKUPERIND/2023,3,Lurah,,,2025-07-09 15:00,,',
  'KP-002,27/SOP/DIKUPERIND/2023,9,STAF,,,2025-07-07 11:00,,',
  'KP-002,27/SOP/DIKUPERIND/2023,2,KASI,,,2025-07-07 14:00,,',
  'KP-002,27/SOP/DIKUPERIND/2023,4,KEPALA_DINAS,,,2025-07-08 10:00,mungkin,',
  'KP-003,27/SOP/DIKUPERIND/2023,1,STAF,,2025-07-10 10:00,2025-07-10 09:00,,',
  'KP-003,27/SOP/DIKUPERIND/2023,2,KASI,,,2025-09-01 10:00,ya,',
].join('\r\n');

/**
 * KP-001: complete, with a "tidak" at step 2 (back to step 1); step 4 signed two days after step 3.
 * KP-002: complete, step 3 skipped and step 4 signed by the Sekretaris "atas nama" the Kepala Dinas.
 * KP-003: step 1 done on 10 July, waiting at step 2 since.
 */
export const CLEAN_HISTORY = [
  HISTORY_HEADER,
  'KP-001,27/SOP/DIKUPERIND/2023,1,STAF,Eko Nugroho,2025-07-07 08:00,2025-07-08 10:00,,Buku Agenda Kepegawaian 2025 hlm. 3',
  'KP-001,27/SOP/DIKUPERIND/2023,2,KASI,Retno Wulandari,2025-07-08 10:30,2025-07-08 14:00,tidak,SKP belum ditandatangani',
  'KP-001,27/SOP/DIKUPERIND/2023,1,STAF,Eko Nugroho,2025-07-08 14:00,2025-07-09 09:00,,',
  'KP-001,27/SOP/DIKUPERIND/2023,2,KASI,Retno Wulandari,2025-07-09 09:00,2025-07-09 11:00,ya,',
  'KP-001,27/SOP/DIKUPERIND/2023,3,Sekretaris,Siti Aminah,,2025-07-09 15:00,,',
  'KP-001,27/SOP/DIKUPERIND/2023,4,Kepala Dinas,Heru Santoso,,2025-07-11 09:00,,',
  'KP-001,27/SOP/DIKUPERIND/2023,5,STAF,Eko Nugroho,,2025-07-11 10:00,,',
  'KP-002,27/SOP/DIKUPERIND/2023,1.1,STAF,Eko Nugroho,2025-07-07 08:00,2025-07-07 11:00,,hlm. 4',
  'KP-002,27/SOP/DIKUPERIND/2023,1.2,KASI,,,2025-07-07 14:00,ya,',
  'KP-002,27/SOP/DIKUPERIND/2023,1.4,SEKRETARIS,Siti Aminah,,2025-07-08 10:00,,"Ditandatangani Sekretaris, a.n. Kepala Dinas"',
  'KP-002,27/SOP/DIKUPERIND/2023,1.5,STAF,,,2025-07-08 11:00,,',
  'KP-003,27/SOP/DIKUPERIND/2023,1,STAF,,2025-07-10 08:00,2025-07-10 09:00,,hlm. 5',
].join('\r\n');
