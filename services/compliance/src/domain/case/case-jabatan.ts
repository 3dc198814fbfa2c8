import type { PlatformRole } from '../roles/platform-role';

/** The jabatan a platform role stands for, as users read it (the same labels the platform's tokens use). */
export const JABATAN_OF_ROLE: Readonly<Record<PlatformRole, string>> = Object.freeze({
  KEPALA_DINAS: 'Kepala Dinas',
  SEKRETARIS: 'Sekretaris',
  KEPALA_BIDANG: 'Kepala Bidang',
  KASI: 'Kepala Seksi',
  STAF: 'Staf',
  PETUGAS: 'Petugas',
});
