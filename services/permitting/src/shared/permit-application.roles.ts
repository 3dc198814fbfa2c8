import { Role } from '@jejak/nest-platform';

/** Who creates and closes a permit-application in their own dinas. Everyone in scope reads. */
export const PERMIT_APPLICATION_WRITERS = [Role.STAF, Role.KASI, Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];
