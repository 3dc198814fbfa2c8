import { DEFAULT_CLAIMS } from './auth-config';
import { InvalidClaimsError, readClaim, userFromClaims } from './claims.mapper';

describe('userFromClaims', () => {
  it('maps the default claims', () => {
    const user = userFromClaims({ sub: 'u-1', nip: '198001012006041001', name: 'Sri Wahyuni', roles: ['SEKRETARIS'], tenant: '35' }, DEFAULT_CLAIMS);
    expect(user).toEqual({ userId: 'u-1', nip: '198001012006041001', name: 'Sri Wahyuni', roles: ['SEKRETARIS'], tenant: '35' });
  });

  it('reads configured claim names, including paths, and Keycloak realm roles', () => {
    const claims = { ...DEFAULT_CLAIMS, tenant: 'attributes.kode_wilayah', nip: 'employee_number', roles: 'groups' };
    const user = userFromClaims(
      {
        sub: 'kc-7',
        preferred_username: 'joko',
        employee_number: '197912312005011002',
        attributes: { kode_wilayah: ['35.01'] },
        groups: ['staf'],
        realm_access: { roles: ['kepala_bidang', 'default-roles-jejak'] },
      },
      claims,
    );
    expect(user).toEqual({ userId: 'kc-7', nip: '197912312005011002', name: 'joko', roles: ['KEPALA_BIDANG', 'STAF'], tenant: '35.01' });
  });

  it('ignores a NIP sent as a number too large to be exact', () => {
    expect(userFromClaims({ sub: 'u', tenant: '35', nip: 197912312005011002 }, DEFAULT_CLAIMS).nip).toBe('');
    expect(userFromClaims({ sub: 4711, tenant: '35' }, DEFAULT_CLAIMS).userId).toBe('4711');
  });

  it('prefers a claim named with a dot over a path', () => {
    expect(readClaim({ 'x.y': 1, x: { y: 2 } }, 'x.y')).toBe(1);
    expect(readClaim({ x: { y: 2 } }, 'x.y')).toBe(2);
    expect(readClaim({ x: 'flat' }, 'x.y')).toBeUndefined();
  });

  it.each([[undefined], [''], ['3501'], ['35.1'], ['05'], ['35.01.02'], [['35', '61']], [35]])('rejects tenant %p', (tenant) => {
    expect(() => userFromClaims({ sub: 'u', roles: ['STAF'], tenant }, DEFAULT_CLAIMS)).toThrow(InvalidClaimsError);
  });

  it('rejects a token without subject', () => {
    expect(() => userFromClaims({ tenant: '35' }, DEFAULT_CLAIMS)).toThrow(expect.objectContaining({ claim: 'sub' }));
  });
});
