import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authConfig, type AuthConfig } from '../identity/auth-config';
import { findDemoUser } from '../identity/local-issuer/demo-users';
import { startLocalIssuer, type RunningLocalIssuer } from '../identity/local-issuer/local-issuer.server';
import { demoUserClaims } from '../identity/local-issuer/token-signer';

/** Claims of a test token. With `username`, starts from that demo user's claims. */
export interface TestTokenClaims {
  username?: string;
  sub?: string;
  name?: string;
  nip?: string;
  roles?: string[];
  tenant?: string;
  [claim: string]: unknown;
}

export interface TestTokenOptions {
  /** Negative: an expired token. Default 1 hour. */
  ttlSeconds?: number;
  /** Another issuer than the test issuer (to test rejection). */
  issuer?: string;
  audience?: string | string[];
}

export interface TestIssuer {
  /** Pass to `PlatformModule.forRoot({ auth })`. */
  authConfig: AuthConfig;
  issuer: RunningLocalIssuer;
  /** A real RS256 token: for a demo username (`kadis-35`), or for claims (`{ username: 'staf-61', tenant: '35' }`, `{ roles: ['AUDITOR'], tenant: '35' }`). */
  tokenFor(subject: string | TestTokenClaims, options?: TestTokenOptions): Promise<string>;
  stop(): Promise<void>;
}

/** Claims of a token asked for by claims only: a user of tenant 35 without roles or NIP. */
const DEFAULT_CLAIMS = { sub: '00000000-0000-4000-8000-000000000001', name: 'Pengguna Uji', tenant: '35' };

/** The local issuer on a free port with a temporary key folder, for e2e tests of services. */
export async function startTestIssuer(): Promise<TestIssuer> {
  const keysDir = mkdtempSync(join(tmpdir(), 'jejak-test-issuer-'));
  const issuer = await startLocalIssuer({ port: 0, keysDir, tokenTtlSeconds: 3600 });
  const claimsOf = (subject: string | TestTokenClaims): Record<string, unknown> => {
    const request: TestTokenClaims = typeof subject === 'string' ? { username: subject } : subject;
    const { username, ...overrides } = request;
    let base: Record<string, unknown> = DEFAULT_CLAIMS;
    if (username !== undefined) {
      const user = findDemoUser(username);
      if (!user) throw new Error(`unknown demo user: ${username}`);
      base = demoUserClaims(user);
    }
    return { ...base, ...overrides };
  };
  return {
    authConfig: authConfig({ issuer: issuer.issuer, jwksUrl: issuer.jwksUrl, audience: issuer.audience }),
    issuer,
    tokenFor: (subject, options = {}) => issuer.signClaims(claimsOf(subject), options),
    stop: async () => {
      await issuer.stop();
      rmSync(keysDir, { recursive: true, force: true });
    },
  };
}
