import { AuthConfigError, authConfigFromEnv } from './auth-config';

const base = { JWT_ISSUER: 'https://sso.jatimprov.go.id/realms/jejak', JWT_JWKS_URL: 'https://sso.jatimprov.go.id/realms/jejak/protocol/openid-connect/certs' };

describe('authConfigFromEnv', () => {
  it('applies defaults', () => {
    expect(authConfigFromEnv(base)).toEqual({
      issuer: base.JWT_ISSUER,
      jwksUrl: base.JWT_JWKS_URL,
      audience: undefined,
      algorithms: ['RS256'],
      clockToleranceSeconds: 5,
      claims: { userId: 'sub', nip: 'nip', name: 'name', roles: 'roles', tenant: 'tenant' },
    });
  });

  it('reads audiences, algorithms, tolerance and claim names', () => {
    const config = authConfigFromEnv({
      ...base,
      JWT_AUDIENCE: 'jejak, account',
      JWT_ALGORITHMS: 'RS256,ES256',
      JWT_CLOCK_TOLERANCE_SECONDS: '0',
      JWT_ROLES_CLAIM: 'realm_access.roles',
      JWT_TENANT_CLAIM: 'kode_wilayah',
      JWT_NIP_CLAIM: 'nip_pegawai',
    });
    expect(config).toMatchObject({
      audience: ['jejak', 'account'],
      algorithms: ['RS256', 'ES256'],
      clockToleranceSeconds: 0,
      claims: { roles: 'realm_access.roles', tenant: 'kode_wilayah', nip: 'nip_pegawai', name: 'name', userId: 'sub' },
    });
    expect(authConfigFromEnv({ ...base, JWT_AUDIENCE: 'jejak' }).audience).toBe('jejak');
  });

  it('names the missing or invalid setting', () => {
    expect(() => authConfigFromEnv({ JWT_JWKS_URL: base.JWT_JWKS_URL })).toThrow(new AuthConfigError('JWT_ISSUER is required (the token issuer\'s settings)'));
    expect(() => authConfigFromEnv({ ...base, JWT_JWKS_URL: 'not a url' })).toThrow(/JWT_JWKS_URL is not a valid URL/);
    expect(() => authConfigFromEnv({ ...base, JWT_CLOCK_TOLERANCE_SECONDS: '-1' })).toThrow(/JWT_CLOCK_TOLERANCE_SECONDS/);
  });
});
