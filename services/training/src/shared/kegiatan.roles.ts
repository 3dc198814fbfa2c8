import { Role } from '@jejak/nest-platform';

/** Who creates and closes a kegiatan in their own dinas. Everyone in scope reads. */
export const KEGIATAN_WRITERS = [Role.STAF, Role.KASI, Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];
