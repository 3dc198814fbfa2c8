import { Role } from '@jejak/nest-platform';

/** Who keeps the dinas's role mapping (which jabatan acts on which SOP lane): its administrators. */
export const ROLE_MAPPING_ADMINS = [Role.KEPALA_DINAS, Role.SEKRETARIS];
