import type { IsoInstant } from './kegiatan.events';

export interface NoKegiatan {
  stage: 'none';
}

export interface OpenKegiatan {
  stage: 'open';
  id: string;
  tenant: string;
  title: string;
  createdAt: IsoInstant;
}

export interface ClosedKegiatan extends Omit<OpenKegiatan, 'stage'> {
  stage: 'closed';
  closedAt: IsoInstant;
  reason: string;
}

/** The stages of a kegiatan: none → open → closed. */
export type KegiatanState = NoKegiatan | OpenKegiatan | ClosedKegiatan;

export const initialKegiatanState = (): KegiatanState => ({ stage: 'none' });
