import type { IsoInstant } from './kegiatan.events';

/** Commands to the kegiatan aggregate. The time (`at`) and the new id arrive on the command: the decider reads neither clock nor random source. */
export interface CreateKegiatan {
  type: 'CreateKegiatan';
  id: string;
  /** The dinas (Kemendagri region code) from the verified token. */
  tenant: string;
  title: string;
  at: IsoInstant;
}

export interface CloseKegiatan {
  type: 'CloseKegiatan';
  reason: string;
  at: IsoInstant;
}

export type KegiatanCommand = CreateKegiatan | CloseKegiatan;
