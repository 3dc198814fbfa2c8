import { Role } from '@jejak/nest-platform';

/** Who defines and revises a dinas's permit types (its SOP data). Everyone in scope reads. */
export const PERMIT_TYPE_EDITORS = [Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];

/** Who registers applications and works their steps (verification team, staff of the bidang). */
export const APPLICATION_STAFF = [Role.STAF, Role.KASI, Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];

/** Who records an outcome (issued from the national system, refused, withdrawn). */
export const APPLICATION_DECIDERS = [Role.KASI, Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];
