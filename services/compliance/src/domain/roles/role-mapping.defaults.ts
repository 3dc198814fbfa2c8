import type { RoleMapping } from './role-mapping';

/**
 * Default mapping of SOP pelaksana texts to platform roles. Configuration DATA: each dinas edits it.
 * Order matters (first match wins): sub-unit heads come before "kepala bidang", which they contain.
 */
export const DEFAULT_ROLE_MAPPING: RoleMapping = {
  rules: [
    { sopRoles: ['Kepala Dinas', 'Kadis'], platformRoles: ['KEPALA_DINAS'] },
    { sopRoles: ['Sekretaris', 'Sekretaris Dinas', 'Sekdis', 'Sekretariat'], platformRoles: ['SEKRETARIS'] },
    {
      sopRoles: ['Kepala Sub Bidang', 'Kasubid', 'Kasubbid', 'Kepala Sub Bagian', 'Kasubag', 'Kasubbag', 'Kepala Seksi', 'Kasi', 'Sub Koordinator', 'Subkoordinator'],
      platformRoles: ['KASI'],
      note: 'Heads of sub-units (eselon IV) and the sub-koordinator who replaced them after the 2021 delayering.',
    },
    { sopRoles: ['Kepala Bidang', 'Kabid'], platformRoles: ['KEPALA_BIDANG'] },
    {
      sopRoles: ['Kepala UPT'],
      platformRoles: ['KEPALA_BIDANG'],
      note: 'UNVERIFIED: the head of a UPT leads a unit like a bidang; some dinas rank it with KASI.',
    },
    { sopRoles: ['Fungsional Umum', 'Staf', 'Staff', 'Pelaksana', 'Tata Usaha'], platformRoles: ['STAF'] },
    { sopRoles: ['Pendamping', 'Petugas', 'Tim Verifikator', 'Verifikator'], platformRoles: ['PETUGAS'] },
    {
      sopRoles: ['Pemohon', 'Peneliti', 'Pelaku Usaha'],
      platformRoles: ['PETUGAS'],
      note: 'The applicant is outside the dinas: the front-office petugas records their steps in Jejak.',
    },
  ],
};
