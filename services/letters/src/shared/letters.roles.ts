import { Role } from '@jejak/nest-platform';

/**
 * Roles that may call a letters write route at all; which of them may do what (registrar, holder,
 * recipient, reviewer, signer, dispatcher) is the domain's decision, in the dinas's configuration.
 * AUDITOR and PROVINCIAL_VIEWER only read.
 */
export const LETTER_WRITERS = [Role.KEPALA_DINAS, Role.SEKRETARIS, Role.KEPALA_BIDANG, Role.KASI, Role.STAF, Role.PETUGAS];
/** Who may continue a number book kept before Jejak (checked again against the dinas's configuration). */
export const SEQUENCE_OPENERS = [Role.SEKRETARIS, Role.KEPALA_DINAS];
