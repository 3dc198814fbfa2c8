import { EventTypeRegistry } from '@jejak/domain-kit';
import type { PermitTypeContent } from './permit-type.content';

/** An ISO-8601 instant. */
export type IsoInstant = string;
/** A calendar date, YYYY-MM-DD. */
export type IsoDate = string;

export interface PermitTypeDefined {
  type: 'PermitTypeDefined';
  data: { tenant: string; code: string; version: 1; effectiveFrom: IsoDate; content: PermitTypeContent; at: IsoInstant };
}

export interface PermitTypeRevised {
  type: 'PermitTypeRevised';
  data: { version: number; effectiveFrom: IsoDate; content: PermitTypeContent; at: IsoInstant };
}

export type PermitTypeEvent = PermitTypeDefined | PermitTypeRevised;

export const permitTypeEventTypes = new EventTypeRegistry<PermitTypeEvent>('permit-type')
  .register('PermitTypeDefined', { version: 1 })
  .register('PermitTypeRevised', { version: 1 });

export const PERMIT_TYPE_EVENT_TYPES: readonly PermitTypeEvent['type'][] = ['PermitTypeDefined', 'PermitTypeRevised'];
