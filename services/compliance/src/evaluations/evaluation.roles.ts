import { Role } from '@jejak/nest-platform';

/** Who evaluates the application of the dinas's SOPs (the form's "Ya / Tidak"): its leaders. */
export const SOP_EVALUATORS = [Role.KEPALA_DINAS, Role.SEKRETARIS, Role.KEPALA_BIDANG];
