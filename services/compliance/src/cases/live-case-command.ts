import { illegalState, notFound } from '@jejak/domain-kit';
import { assertCanWrite, canRead, type AuthenticatedUser } from '@jejak/nest-platform';
import type { LoadedAggregate } from '@jejak/service-kit';
import type { CaseCommand, CaseEvent, CaseState } from '../domain';

/**
 * The command builder of every live case command from HTTP (for the pipeline's `command`): the case must exist and be
 * readable by the user (another dinas's case is not found), the user must write to the case's dinas, and the case must
 * be compliance's own (a case another service runs takes its steps from that service's facts).
 */
export function liveCaseCommand(caseId: string, user: AuthenticatedUser, command: CaseCommand) {
  return (_state: CaseState, loaded: LoadedAggregate<CaseEvent, CaseState>): CaseCommand => {
    const first = loaded.recorded[0];
    if (!first || !canRead(user, first.tenant)) throw notFound('CASE_NOT_FOUND', `Kasus ${caseId} tidak ditemukan`);
    assertCanWrite(user, first.tenant);
    if (first.causationId !== null) {
      throw illegalState('CASE_RUN_BY_ANOTHER_SERVICE', `Kasus ${caseId} dijalankan oleh layanan lain; langkahnya dicatat dari layanan tersebut`);
    }
    return command;
  };
}
