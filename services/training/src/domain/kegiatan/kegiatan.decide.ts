import { assertNever, illegalState, notFound, validationError } from '@jejak/domain-kit';
import type { KegiatanCommand } from './kegiatan.commands';
import type { KegiatanEvent } from './kegiatan.events';
import type { KegiatanState } from './kegiatan.state';

const MAX_TITLE = 300;

/** Pure: the events a command produces in a state, or a DomainError with a stable code. */
export function decide(command: KegiatanCommand, state: KegiatanState): KegiatanEvent[] {
  switch (command.type) {
    case 'CreateKegiatan': {
      if (state.stage !== 'none') throw illegalState('KEGIATAN_ALREADY_EXISTS', `kegiatan ${command.id} sudah ada`);
      const title = command.title.trim();
      if (!title || title.length > MAX_TITLE) {
        throw validationError('KEGIATAN_TITLE_REQUIRED', 'Judul wajib diisi', [{ field: 'title', message: `Judul wajib diisi (paling banyak ${MAX_TITLE} karakter)` }]);
      }
      return [{ type: 'KegiatanCreated', data: { id: command.id, tenant: command.tenant, title, at: command.at } }];
    }
    case 'CloseKegiatan': {
      if (state.stage === 'none') throw notFound('KEGIATAN_NOT_FOUND', 'kegiatan tidak ditemukan');
      if (state.stage === 'closed') throw illegalState('KEGIATAN_ALREADY_CLOSED', `kegiatan ini sudah ditutup pada ${state.closedAt}`);
      const reason = command.reason.trim();
      if (!reason) throw validationError('KEGIATAN_REASON_REQUIRED', 'Alasan penutupan wajib diisi', [{ field: 'reason', message: 'Alasan penutupan wajib diisi' }]);
      return [{ type: 'KegiatanClosed', data: { reason, at: command.at } }];
    }
    default:
      return assertNever(command, 'kegiatan command');
  }
}
