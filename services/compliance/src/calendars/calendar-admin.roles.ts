import { Role } from '@jejak/nest-platform';

/** Who keeps the dinas's working calendar (office hours, holidays, cuti bersama): its administrators. */
export const CALENDAR_ADMINS = [Role.KEPALA_DINAS, Role.SEKRETARIS];
