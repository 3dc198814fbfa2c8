import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { PersonCommand } from './person.commands';
import { decidePerson } from './person.decide';
import { personEventTypes, type PersonEvent } from './person.events';
import { evolvePerson } from './person.evolve';
import { initialPersonState, type PersonState } from './person.state';

/** A person of the user directory: the claims their token carried, recorded when they change. */
export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = { decide: decidePerson, evolve: evolvePerson, initialState: initialPersonState };

/** One stream per user and dinas: `person-<tenant>-<userId>` (the id is `<tenant>-<userId>`). */
export const PersonAggregate: AggregateType<PersonCommand, PersonEvent, PersonState> = {
  name: 'pegawai',
  stream: (id) => `person-${id}`,
  decider: personDecider,
  events: personEventTypes,
};
