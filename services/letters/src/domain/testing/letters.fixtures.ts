import { personAs, type ActingUser, type Person, type Role } from '../acting-user';
import { DEFAULT_LETTERS_CONFIG, type LettersConfig } from '../letters.config';
import type { LettersDeps } from '../letters.deps';

export const TENANT = '35.01';

const user = (userId: string, name: string, ...roles: Role[]): ActingUser => ({ userId, name, roles, tenant: TENANT });

/** The people of a small dinas (Pacitan), one per role. */
export const users = {
  kadis: user('u-kadis', 'Kepala Dinas', 'KEPALA_DINAS'),
  sekretaris: user('u-sekretaris', 'Sekretaris', 'SEKRETARIS'),
  kabid: user('u-kabid', 'Kabid Koperasi', 'KEPALA_BIDANG'),
  kabid2: user('u-kabid2', 'Kabid UMKM', 'KEPALA_BIDANG'),
  kasi: user('u-kasi', 'Kasi Kelembagaan', 'KASI'),
  staf: user('u-staf', 'Staf Kelembagaan', 'STAF'),
  staf2: user('u-staf2', 'Staf Pengawasan', 'STAF'),
  petugas: user('u-petugas', 'Petugas Surat Masuk', 'PETUGAS'),
  auditor: user('u-auditor', 'Auditor Inspektorat', 'AUDITOR'),
  viewer: user('u-viewer', 'Pemantau Provinsi', 'PROVINCIAL_VIEWER'),
  kadisElsewhere: { userId: 'u-kadis-61', name: 'Kadis Kalbar', roles: ['KEPALA_DINAS'], tenant: '61' } as ActingUser,
};

export const personOf = (u: ActingUser, role: Role = u.roles[0] as Role): Person => personAs(u, role);

/** 2024-04-02 09:00 WIB. */
export const NOW = '2024-04-02T02:00:00.000Z';
export const TODAY = '2024-04-02';

export function lettersDeps(config: LettersConfig = DEFAULT_LETTERS_CONFIG): LettersDeps {
  return { config };
}

/** Repeatable ids for commands that name new things (e.g. one disposisi id per recipient). */
export const seqId = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
