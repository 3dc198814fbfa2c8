import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { KegiatanCommand } from './kegiatan.commands';
import { decide } from './kegiatan.decide';
import { kegiatanEventTypes, type KegiatanEvent } from './kegiatan.events';
import { evolve } from './kegiatan.evolve';
import { initialKegiatanState, type KegiatanState } from './kegiatan.state';

export const kegiatanDecider: Decider<KegiatanCommand, KegiatanEvent, KegiatanState> = {
  decide,
  evolve,
  initialState: initialKegiatanState,
};

/** One stream per kegiatan. */
export const KEGIATAN_STREAM_PREFIX = 'kegiatan-';
export const kegiatanIdOfStream = (stream: string): string => stream.slice(KEGIATAN_STREAM_PREFIX.length);

/** The aggregate as the command pipeline sees it (a plain object: the domain stays framework-free). */
export const KegiatanAggregate: AggregateType<KegiatanCommand, KegiatanEvent, KegiatanState> = {
  name: 'kegiatan',
  stream: (id) => `${KEGIATAN_STREAM_PREFIX}${id}`,
  decider: kegiatanDecider,
  events: kegiatanEventTypes,
};

