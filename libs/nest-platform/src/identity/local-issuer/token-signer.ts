import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import type { DemoUser } from './demo-users';
import type { SigningKey } from './key-store';

export interface SignOptions {
  issuer: string;
  audience?: string | string[];
  /** Lifetime in seconds; negative values make an already expired token (tests). Default 8 hours. */
  ttlSeconds?: number;
  /** Issue time in epoch seconds; default now. */
  issuedAt?: number;
}

export const DEFAULT_TOKEN_TTL_SECONDS = 8 * 60 * 60;

/** The claims of a demo user's token, with Jejak's default claim names. */
export function demoUserClaims(user: DemoUser): Record<string, unknown> {
  return {
    sub: user.userId,
    preferred_username: user.username,
    name: user.name,
    nip: user.nip,
    roles: [...user.roles],
    tenant: user.tenant,
    tenant_name: user.tenantName,
  };
}

/** Signs any claims as an RS256 JWT (`iss`, `aud`, `iat`, `exp`, `jti` are set from the options). */
export async function signClaims(key: SigningKey, claims: Record<string, unknown>, options: SignOptions): Promise<string> {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const ttl = options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS;
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' })
    .setIssuer(options.issuer)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttl)
    .setJti(randomUUID());
  if (options.audience !== undefined) jwt.setAudience(options.audience);
  if (typeof claims.sub === 'string') jwt.setSubject(claims.sub);
  return jwt.sign(key.privateKey);
}

export function signToken(key: SigningKey, user: DemoUser, options: SignOptions): Promise<string> {
  return signClaims(key, demoUserClaims(user), options);
}
