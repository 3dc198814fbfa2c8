import type { RoleMapping } from './role-mapping';

/**
 * Default mapping of SOP pelaksana texts (lanes) to platform roles, for a dinas that has not defined its own
 * (`PUT /role-mappings/{tenant}/versions/{effectiveFrom}`). It covers every lane of the seed SOP books.
 * Order matters (first match wins): sub-unit heads come before "kepala bidang", which they contain, and
 * named teams before the bare "Tim".
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
    {
      sopRoles: ['Ketua Tim Kerja', 'Ketua Tim', 'Koordinator Tim'],
      platformRoles: ['KEPALA_BIDANG', 'KASI', 'STAF'],
      team: true,
      note: 'After the 2021 delayering a working team (SK Kepala Dinas) is led by a functional officer or a former eselon IV head.',
    },
    {
      sopRoles: ['Anggota Tim Kerja', 'Anggota Tim', 'Tim Kerja', 'Tim Survey', 'Tim Survei', 'Tim Teknis', 'Tim Penilai'],
      platformRoles: ['KASI', 'STAF', 'PETUGAS'],
      team: true,
      note: 'A working team named for one activity; the case assigns its members.',
    },
    { sopRoles: ['Fungsional Umum', 'Staf', 'Staff', 'Pelaksana', 'Tata Usaha', 'Admin', 'Administrasi'], platformRoles: ['STAF'] },
    { sopRoles: ['Pendamping', 'Petugas', 'Tim Verifikator', 'Verifikator', 'Pengelola Dana Bergulir', 'Konsultan'], platformRoles: ['PETUGAS'] },
    {
      sopRoles: ['Unit Kerja', 'Bidang', 'Bid', 'Seksi', 'Sub Bagian'],
      platformRoles: ['KEPALA_BIDANG', 'KASI', 'STAF'],
      note: 'A lane naming a unit of the dinas rather than a jabatan: any of its heads or staff act for it.',
    },
    {
      sopRoles: ['Pemohon', 'Peneliti', 'Pelaku Usaha', 'UMKM', 'Koperasi', 'Masyarakat'],
      platformRoles: ['PETUGAS'],
      external: true,
      note: 'The applicant is outside the dinas: the front-office petugas records their steps in Jejak.',
    },
    {
      sopRoles: ['Bank Pelaksana', 'Bank'],
      platformRoles: ['PETUGAS', 'STAF'],
      external: true,
      note: 'The executing bank of a loan programme: staff record its steps with the bank letter as evidence.',
    },
    {
      sopRoles: ['Kementerian', 'Kemenkop', 'Kemenkop UKM', 'Kemenpan', 'Kementrian', 'LPDB'],
      platformRoles: ['STAF', 'KASI'],
      external: true,
      note: 'A ministry (or its agency): staff record its step with the letter or decree as evidence.',
    },
    {
      sopRoles: ['OSS', 'Lembaga OSS', 'OSS RBA', 'DPMPTSP'],
      platformRoles: ['PETUGAS', 'STAF'],
      external: true,
      note: 'The licensing system (OSS) or the one-stop service office: staff record its outcome with the reference.',
    },
    {
      sopRoles: ['Bupati', 'Walikota', 'Wali Kota', 'Gubernur'],
      platformRoles: ['SEKRETARIS', 'STAF'],
      external: true,
      note: 'The regional head signs outside the dinas: the secretariat records the step with the signed document.',
    },
  ],
};
