import { Role } from '@jejak/nest-platform';

/** Who writes SOP drafts (the unit that owns the procedure, up to the Kepala Dinas). */
export const SOP_DRAFTERS = [Role.STAF, Role.KASI, Role.KEPALA_BIDANG, Role.SEKRETARIS, Role.KEPALA_DINAS];
/** Who signs an SOP off ("Disahkan oleh"): the Kepala Dinas; the document's pengesah must be the approving user. */
export const SOP_APPROVERS = [Role.KEPALA_DINAS];
/** Who sets the date an approved SOP takes effect, or retires one. */
export const SOP_OFFICIALS = [Role.KEPALA_DINAS, Role.SEKRETARIS];
