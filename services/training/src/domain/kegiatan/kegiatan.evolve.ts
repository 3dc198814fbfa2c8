import { assertNever } from '@jejak/domain-kit';
import type { KegiatanEvent } from './kegiatan.events';
import type { KegiatanState } from './kegiatan.state';

/** Pure: the state after one event. */
export function evolve(state: KegiatanState, event: KegiatanEvent): KegiatanState {
  switch (event.type) {
    case 'KegiatanCreated':
      return { stage: 'open', id: event.data.id, tenant: event.data.tenant, title: event.data.title, createdAt: event.data.at };
    case 'KegiatanClosed':
      return state.stage === 'open' ? { ...state, stage: 'closed', closedAt: event.data.at, reason: event.data.reason } : state;
    default:
      return assertNever(event, 'kegiatan event');
  }
}
