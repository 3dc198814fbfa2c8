import type { Actor } from '../roles/platform-role';

export const kasi: Actor = { userId: 'u-kasi', roles: ['KASI'] };
export const staf: Actor = { userId: 'u-staf', roles: ['STAF'] };
export const kabid: Actor = { userId: 'u-kabid', roles: ['KEPALA_BIDANG'] };
export const kadis: Actor = { userId: 'u-kadis', roles: ['KEPALA_DINAS'] };
export const sekretaris: Actor = { userId: 'u-sekretaris', roles: ['SEKRETARIS'] };
export const petugas: Actor = { userId: 'u-petugas', roles: ['PETUGAS'] };
/** Holds two roles: acts as whichever the step needs. */
export const kasiAndStaf: Actor = { userId: 'u-rangkap', roles: ['STAF', 'KASI'] };
export const noRole: Actor = { userId: 'u-tamu', roles: [] };
