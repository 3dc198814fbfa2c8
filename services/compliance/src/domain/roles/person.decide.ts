import { assertNever } from '@jejak/domain-kit';
import type { PersonClaims, PersonCommand } from './person.commands';
import type { PersonEvent } from './person.events';
import type { PersonState } from './person.state';

const same = (a: PersonClaims, b: PersonClaims): boolean =>
  a.tenant === b.tenant && a.userId === b.userId && a.name === b.name && a.nip === b.nip && a.jabatan === b.jabatan && a.roles.join('\n') === b.roles.join('\n');

export function decidePerson(command: PersonCommand, state: PersonState): PersonEvent[] {
  switch (command.type) {
    case 'ObservePersonClaims':
      if (state.stage === 'known' && same(state.claims, command.claims)) return [];
      return [{ type: 'PersonClaimsObserved', data: { ...command.claims, observedAt: command.at } }];
    default:
      return assertNever(command.type, 'person command');
  }
}
