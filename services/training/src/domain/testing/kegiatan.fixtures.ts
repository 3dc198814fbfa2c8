import { deciderSpec } from '@jejak/domain-kit/testing';
import { kegiatanDecider } from '../kegiatan/kegiatan.decider';
import type { KegiatanEvent } from '../kegiatan/kegiatan.events';

/** given(events).when(command).then(events) / .thenRefuses({ kind, code }) against the real decider. */
export const { given } = deciderSpec(kegiatanDecider);

export const ID = '00000000-0000-4000-8000-000000000001';
export const TENANT = '35';
export const AT = '2025-03-04T02:00:00.000Z';
export const LATER = '2025-03-05T03:30:00.000Z';

export const kegiatanEvents = {
  created: (title = 'Contoh pertama'): KegiatanEvent => ({ type: 'KegiatanCreated', data: { id: ID, tenant: TENANT, title, at: AT } }),
  closed: (reason = 'Selesai'): KegiatanEvent => ({ type: 'KegiatanClosed', data: { reason, at: LATER } }),
};
