import { EventTypeRegistry } from '@jejak/domain-kit';
import type { CalendarDate, IsoInstant } from '../loan-product/loan-product.events';

/** The terms of one programme version: where the money comes from and how much may be lent in total. */
export interface ProgrammeTerms {
  /** Sumber dana as the dinas records it (APBD, a hibah, a DAK line, ...): per-dinas text, not an enum. */
  sourceOfFunds: string;
  /** Total ceiling (pagu) of the programme, integer rupiah. */
  ceiling: number;
}

export interface ProgrammeVersion {
  version: number;
  effectiveFrom: CalendarDate;
  terms: ProgrammeTerms;
}

export interface ProgrammeDefined {
  type: 'ProgrammeDefined';
  data: { id: string; tenant: string; code: string; name: string; version: 1; effectiveFrom: CalendarDate; terms: ProgrammeTerms; at: IsoInstant };
}

export interface ProgrammeVersionAdded {
  type: 'ProgrammeVersionAdded';
  data: { version: number; effectiveFrom: CalendarDate; terms: ProgrammeTerms; at: IsoInstant };
}

export type ProgrammeEvent = ProgrammeDefined | ProgrammeVersionAdded;

export const programmeEventTypes = new EventTypeRegistry<ProgrammeEvent>('programme')
  .register('ProgrammeDefined', { version: 1 })
  .register('ProgrammeVersionAdded', { version: 1 });

export const PROGRAMME_EVENT_TYPES: readonly ProgrammeEvent['type'][] = ['ProgrammeDefined', 'ProgrammeVersionAdded'];
