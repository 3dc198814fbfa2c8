import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { DEMO_USERS } from './demo-users';
import { PRIVATE_KEY_FILE } from './key-store';
import { startLocalIssuer, type RunningLocalIssuer } from './local-issuer.server';

interface Problem {
  code: string;
  detail: string;
}
interface TokenResponse {
  access_token: string;
  token_type: string;
  expires_in: number;
  notice: string;
  user: { username: string };
}
interface UserEntry {
  username: string;
  userId: string;
  nip: string;
  roles: string[];
  tenant: string;
}
const json = async <T>(res: Response): Promise<T> => (await res.json()) as T;
const kidOf = async (jwksUrl: string) => (await json<{ keys: { kid: string }[] }>(await fetch(jwksUrl))).keys[0].kid;

describe('local token issuer over real HTTP', () => {
  let keysDir: string;
  let issuer: RunningLocalIssuer;

  beforeAll(async () => {
    keysDir = mkdtempSync(join(tmpdir(), 'jejak-issuer-'));
    issuer = await startLocalIssuer({ port: 0, keysDir });
  });

  afterAll(async () => {
    await issuer?.stop();
    rmSync(keysDir, { recursive: true, force: true });
  });

  const postToken = (body: string, contentType = 'application/json') =>
    fetch(`${issuer.url}/token`, { method: 'POST', headers: { 'Content-Type': contentType }, body });

  it('publishes an OIDC discovery document pointing at its JWKS and token endpoint', async () => {
    const res = await fetch(`${issuer.url}/.well-known/openid-configuration`);
    expect(res.status).toBe(200);
    const doc = await json<Record<string, string>>(res);
    expect(doc).toMatchObject({ issuer: issuer.issuer, jwks_uri: issuer.jwksUrl, token_endpoint: `${issuer.url}/token` });
    expect(doc.jejak_notice).toContain('tanpa kata sandi');
  });

  it('issues a token for a demo user that verifies against the published JWKS', async () => {
    const res = await postToken(JSON.stringify({ username: 'kabid-35.01' }));
    expect(res.status).toBe(200);
    const body = await json<TokenResponse>(res);
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 8 * 3600, user: { username: 'kabid-35.01', tenant: '35.01', roles: ['KEPALA_BIDANG'] } });
    expect(body.notice).toContain('Jangan dipakai di lingkungan produksi');
    const { payload, protectedHeader } = await jwtVerify(body.access_token, createRemoteJWKSet(new URL(issuer.jwksUrl)), { issuer: issuer.issuer, audience: 'jejak' });
    expect(protectedHeader.alg).toBe('RS256');
    expect(payload).toMatchObject({ preferred_username: 'kabid-35.01', roles: ['KEPALA_BIDANG'], tenant: '35.01', name: 'Joko Susilo' });
    expect(payload.nip).toMatch(/^\d{18}$/);
  });

  it('accepts a form-encoded request and a shorter lifetime', async () => {
    const res = await postToken('username=staf-61&ttlSeconds=60', 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    const { access_token: token } = await json<TokenResponse>(res);
    const { exp, iat } = decodeJwt(token);
    expect(exp! - iat!).toBe(60);
  });

  it('answers unknown users, missing usernames and broken JSON with problem details', async () => {
    const unknown = await postToken(JSON.stringify({ username: 'presiden' }));
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(await json<Problem>(unknown)).toMatchObject({ code: 'UNKNOWN_DEMO_USER' });
    const missing = await postToken(JSON.stringify({ user: 'kadis-35' }));
    expect(missing.status).toBe(400);
    expect((await json<Problem>(missing)).detail).toContain('username');
    const broken = await postToken('{"username": ');
    expect(broken.status).toBe(400);
    expect((await json<Problem>(broken)).code).toBe('MALFORMED_JSON');
    const ttl = await postToken(JSON.stringify({ username: 'kadis-35', ttlSeconds: 10 ** 9 }));
    expect(ttl.status).toBe(400);
  });

  it('lists the demo users of the three dinas', async () => {
    const res = await fetch(`${issuer.url}/users`);
    const { users } = await json<{ users: UserEntry[] }>(res);
    const usernames = users.map((u) => u.username);
    for (const tenant of ['35', '35.01', '61']) {
      for (const prefix of ['kadis', 'sekretaris', 'kabid', 'kasi', 'staf', 'petugas']) expect(usernames).toContain(`${prefix}-${tenant}`);
    }
    expect(usernames).toEqual(expect.arrayContaining(['auditor-35', 'auditor-61', 'provinsi-35', 'provinsi-61']));
    expect(users.find((u) => u.username === 'provinsi-61')).toMatchObject({ roles: ['PROVINCIAL_VIEWER'], tenant: '61' });
    expect(new Set(users.map((u) => u.nip)).size).toBe(users.length);
    expect(new Set(users.map((u) => u.userId)).size).toBe(users.length);
    expect(users).toHaveLength(DEMO_USERS.length);
  });

  it('keeps its key across restarts, private to its owner', async () => {
    const firstKid = await kidOf(issuer.jwksUrl);
    const pem = readFileSync(join(keysDir, PRIVATE_KEY_FILE), 'utf8');
    expect(statSync(join(keysDir, PRIVATE_KEY_FILE)).mode & 0o077).toBe(0);
    const second = await startLocalIssuer({ port: 0, keysDir });
    try {
      const kid = await kidOf(second.jwksUrl);
      expect(kid).toBe(firstKid);
      expect(readFileSync(join(keysDir, PRIVATE_KEY_FILE), 'utf8')).toBe(pem);
    } finally {
      await second.stop();
    }
  });

  it('uses the public URL as issuer when given one', async () => {
    const behindProxy = await startLocalIssuer({ port: 0, keysDir, publicUrl: 'http://issuer:3100/' });
    try {
      expect(behindProxy).toMatchObject({ issuer: 'http://issuer:3100', jwksUrl: 'http://issuer:3100/jwks' });
      expect(decodeJwt(await behindProxy.signToken('kadis-61')).iss).toBe('http://issuer:3100');
    } finally {
      await behindProxy.stop();
    }
  });
});
