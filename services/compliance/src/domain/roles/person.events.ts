import { EventTypeRegistry } from '@jejak/domain-kit';
import type { IsoInstant } from '../time';
import type { PersonClaims } from './person.commands';

/** A user's token carried these claims (first seen, or changed since last seen). */
export interface PersonClaimsObserved {
  type: 'PersonClaimsObserved';
  data: PersonClaims & { observedAt: IsoInstant };
}

export type PersonEvent = PersonClaimsObserved;
export const PERSON_EVENT_TYPES: readonly string[] = ['PersonClaimsObserved'];

export const personEventTypes = new EventTypeRegistry<PersonEvent>('pegawai').register('PersonClaimsObserved', { version: 1 });
