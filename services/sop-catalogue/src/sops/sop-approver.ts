import { ROLE_LABELS, type AuthenticatedUser } from '@jejak/nest-platform';
import type { ActiveSop, RetiredSop, SopApprover } from '../domain';

/**
 * The approving user as the decider sees them: identity from the token; the jabatan as printed on the
 * document unless the approver states it.
 */
export function approverFrom(user: AuthenticatedUser, jabatan: string | undefined, state: ActiveSop | RetiredSop): SopApprover {
  const open = state.versions[state.versions.length - 1];
  const printed = open?.content.identity.disahkanOleh?.jabatan;
  return {
    userId: user.userId,
    nama: user.name,
    nip: user.nip ? user.nip : null,
    jabatan: jabatan ?? printed ?? ROLE_LABELS[user.roles[0]],
  };
}
