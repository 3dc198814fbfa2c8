import { freePort } from '@jejak/postgres';
import { startTestIssuer, type TestIssuer } from '../testing';
import { authConfig } from './auth-config';
import { IdentityProviderUnavailableError, TokenRejectedError, TokenVerifier } from './token-verifier';

describe('TokenVerifier against a JWKS served over HTTP', () => {
  let issuer: TestIssuer;
  beforeAll(async () => {
    issuer = await startTestIssuer();
  });
  afterAll(() => issuer?.stop());

  it('verifies a token and returns the user', async () => {
    const user = await new TokenVerifier(issuer.authConfig).verify(await issuer.tokenFor('petugas-61'));
    expect(user).toMatchObject({ roles: ['PETUGAS'], tenant: '61', name: 'Dayang Marlina' });
  });

  it('reports an algorithm outside the allowed list as an invalid signature', async () => {
    const verifier = new TokenVerifier({ ...issuer.authConfig, algorithms: ['ES256'] });
    await expect(verifier.verify(await issuer.tokenFor('petugas-61'))).rejects.toMatchObject({ reason: 'invalid_signature' });
  });

  it('tells an unreachable identity provider apart from a bad token', async () => {
    const port = await freePort();
    const verifier = new TokenVerifier(authConfig({ issuer: issuer.authConfig.issuer, jwksUrl: `http://127.0.0.1:${port}/jwks` }));
    const error = await verifier.verify(await issuer.tokenFor('petugas-61')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityProviderUnavailableError);
    expect(error).not.toBeInstanceOf(TokenRejectedError);
  });
});
