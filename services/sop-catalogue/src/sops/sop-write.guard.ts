import { notFound } from '@jejak/domain-kit';
import { assertCanWrite, type AuthenticatedUser } from '@jejak/nest-platform';
import { SopErrorCode, type ActiveSop, type RetiredSop, type SopState } from '../domain';

/**
 * The loaded SOP a user may write to, for the pipeline's command builder: a missing SOP is a 404
 * `SOP_NOT_FOUND`, another dinas's SOP a 403 (writes never cross dinas).
 */
export function writableSop(state: SopState, sopId: string, user: AuthenticatedUser): ActiveSop | RetiredSop {
  if (state.stage === 'none') throw notFound(SopErrorCode.NotFound, `SOP ${sopId} tidak ditemukan`);
  assertCanWrite(user, state.issuer.tenant);
  return state;
}
