import type { PersonClaims } from './person.commands';

export type PersonState = { stage: 'unknown' } | { stage: 'known'; claims: PersonClaims };

export const initialPersonState = (): PersonState => ({ stage: 'unknown' });
