import { assertNever, illegalState, notFound, validationError } from '@jejak/domain-kit';
import type { LoanCommand } from './loan.commands';
import type { LoanEvent } from './loan.events';
import type { LoanState } from './loan.state';

const MAX_TITLE = 300;

/** Pure: the events a command produces in a state, or a DomainError with a stable code. */
export function decide(command: LoanCommand, state: LoanState): LoanEvent[] {
  switch (command.type) {
    case 'CreateLoan': {
      if (state.stage !== 'none') throw illegalState('LOAN_ALREADY_EXISTS', `loan ${command.id} sudah ada`);
      const title = command.title.trim();
      if (!title || title.length > MAX_TITLE) {
        throw validationError('LOAN_TITLE_REQUIRED', 'Judul wajib diisi', [{ field: 'title', message: `Judul wajib diisi (paling banyak ${MAX_TITLE} karakter)` }]);
      }
      return [{ type: 'LoanCreated', data: { id: command.id, tenant: command.tenant, title, at: command.at } }];
    }
    case 'CloseLoan': {
      if (state.stage === 'none') throw notFound('LOAN_NOT_FOUND', 'loan tidak ditemukan');
      if (state.stage === 'closed') throw illegalState('LOAN_ALREADY_CLOSED', `loan ini sudah ditutup pada ${state.closedAt}`);
      const reason = command.reason.trim();
      if (!reason) throw validationError('LOAN_REASON_REQUIRED', 'Alasan penutupan wajib diisi', [{ field: 'reason', message: 'Alasan penutupan wajib diisi' }]);
      return [{ type: 'LoanClosed', data: { reason, at: command.at } }];
    }
    default:
      return assertNever(command, 'loan command');
  }
}
