import { notFound } from '@jejak/domain-kit';
import { assertCanWrite, canRead, type AuthenticatedUser } from '@jejak/nest-platform';
import { SopErrorCode, type ActiveSop, type RetiredSop, type SopState } from '../domain';

/**
 * The loaded SOP a user may write to, for the pipeline's command builder: a missing SOP is a 404
 * `SOP_NOT_FOUND`, and so is another dinas's SOP the user may not read (an outsider cannot tell it
 * exists); a readable SOP of another dinas (a provincial viewer's) is a 403 (writes never cross dinas).
 */
export function writableSop(state: SopState, sopId: string, user: AuthenticatedUser): ActiveSop | RetiredSop {
  if (state.stage === 'none' || !canRead(user, state.issuer.tenant)) throw notFound(SopErrorCode.NotFound, `SOP ${sopId} tidak ditemukan`);
  assertCanWrite(user, state.issuer.tenant);
  return state;
}
