import { assertNever, illegalState, notFound, validationError } from '@jejak/domain-kit';
import type { PermitApplicationCommand } from './permit-application.commands';
import type { PermitApplicationEvent } from './permit-application.events';
import type { PermitApplicationState } from './permit-application.state';

const MAX_TITLE = 300;

/** Pure: the events a command produces in a state, or a DomainError with a stable code. */
export function decide(command: PermitApplicationCommand, state: PermitApplicationState): PermitApplicationEvent[] {
  switch (command.type) {
    case 'CreatePermitApplication': {
      if (state.stage !== 'none') throw illegalState('PERMIT_APPLICATION_ALREADY_EXISTS', `permit-application ${command.id} sudah ada`);
      const title = command.title.trim();
      if (!title || title.length > MAX_TITLE) {
        throw validationError('PERMIT_APPLICATION_TITLE_REQUIRED', 'Judul wajib diisi', [{ field: 'title', message: `Judul wajib diisi (paling banyak ${MAX_TITLE} karakter)` }]);
      }
      return [{ type: 'PermitApplicationCreated', data: { id: command.id, tenant: command.tenant, title, at: command.at } }];
    }
    case 'ClosePermitApplication': {
      if (state.stage === 'none') throw notFound('PERMIT_APPLICATION_NOT_FOUND', 'permit-application tidak ditemukan');
      if (state.stage === 'closed') throw illegalState('PERMIT_APPLICATION_ALREADY_CLOSED', `permit-application ini sudah ditutup pada ${state.closedAt}`);
      const reason = command.reason.trim();
      if (!reason) throw validationError('PERMIT_APPLICATION_REASON_REQUIRED', 'Alasan penutupan wajib diisi', [{ field: 'reason', message: 'Alasan penutupan wajib diisi' }]);
      return [{ type: 'PermitApplicationClosed', data: { reason, at: command.at } }];
    }
    default:
      return assertNever(command, 'permit-application command');
  }
}
