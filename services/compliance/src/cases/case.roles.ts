import { Role } from '@jejak/nest-platform';

/** Staff who run cases: whether a user may act on a given step is decided by its pelaksana, not here. */
export const CASE_STAFF = [Role.KEPALA_DINAS, Role.SEKRETARIS, Role.KEPALA_BIDANG, Role.KASI, Role.STAF, Role.PETUGAS];
/** Who imports history from paper logs. */
export const HISTORY_IMPORTERS = [Role.KEPALA_DINAS, Role.SEKRETARIS, Role.KEPALA_BIDANG, Role.KASI, Role.STAF];
