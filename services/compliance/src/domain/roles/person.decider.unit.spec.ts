import { deciderSpec } from '@jejak/domain-kit/testing';
import type { ObservePersonClaims, PersonClaims } from './person.commands';
import { personDecider } from './person.decider';
import type { PersonClaimsObserved } from './person.events';

const claims: PersonClaims = { tenant: '61', userId: 'u-siti', name: 'Siti Rahmawati', nip: '198503122010012003', jabatan: 'Kepala Seksi', roles: ['KASI'] };
const observe = (c: PersonClaims, at: string): ObservePersonClaims => ({ type: 'ObservePersonClaims', claims: c, at });
const observed = (c: PersonClaims, at: string): PersonClaimsObserved => ({ type: 'PersonClaimsObserved', data: { ...c, observedAt: at } });
const T1 = '2026-03-02T01:00:00.000Z';
const T2 = '2026-03-03T01:00:00.000Z';

describe('ObservePersonClaims', () => {
  it('records a person the first time their token is seen', () => {
    deciderSpec(personDecider).given([]).when(observe(claims, T1)).then([observed(claims, T1)]);
  });

  it('records nothing while the claims are the same, and the new claims when the name, jabatan or roles change', () => {
    deciderSpec(personDecider).given([observed(claims, T1)]).when(observe(claims, T2)).then([]);
    const promoted = { ...claims, jabatan: 'Kepala Bidang', roles: ['KEPALA_BIDANG'] };
    deciderSpec(personDecider).given([observed(claims, T1)]).when(observe(promoted, T2)).then([observed(promoted, T2)]);
    const renamed = { ...claims, name: 'Siti Rahmawati, S.E.' };
    deciderSpec(personDecider).given([observed(claims, T1)]).when(observe(renamed, T2)).then([observed(renamed, T2)]);
  });
});
