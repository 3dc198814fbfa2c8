import { Role } from '@jejak/nest-platform';

/** Who creates and closes a loan in their own dinas. Everyone in scope reads. */
export const LOAN_WRITERS = [Role.STAF, Role.KASI, Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];
