import { Role } from '@jejak/nest-platform';

/** Who defines and changes loan products in their own dinas. Everyone in scope reads. */
export const PRODUCT_WRITERS = [Role.KASI, Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];

/** Who receives proposals and checks their completeness (the SOP's "Petugas"), in their own dinas. */
export const LOAN_STAFF = [Role.STAF, Role.PETUGAS, Role.KASI, Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];
