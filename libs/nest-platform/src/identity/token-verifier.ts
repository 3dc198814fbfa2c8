import { createRemoteJWKSet, errors, jwtVerify } from 'jose';
import type { AuthConfig } from './auth-config';
import type { AuthenticatedUser } from './authenticated-user';
import { InvalidClaimsError, userFromClaims } from './claims.mapper';

/** The token is not acceptable: a 401. `reason` is machine-readable, `description` is for the WWW-Authenticate header. */
export class TokenRejectedError extends Error {
  constructor(
    readonly reason: 'expired' | 'invalid_signature' | 'invalid_claims' | 'malformed' | 'not_yet_valid',
    readonly description: string,
    /** The offending claim, for `invalid_claims`. */
    readonly claim?: string,
  ) {
    super(description);
    this.name = 'TokenRejectedError';
  }
}

/** The token could not be checked because the identity provider's keys cannot be fetched: a 503. */
export class IdentityProviderUnavailableError extends Error {
  constructor(cause: unknown) {
    super(`cannot fetch the identity provider's keys: ${(cause as Error)?.message ?? String(cause)}`, { cause });
    this.name = 'IdentityProviderUnavailableError';
  }
}

export const TOKEN_VERIFIER = Symbol('TokenVerifier');

/** Verifies a bearer token against the provider's JWKS and maps its claims to the Jejak user. */
export class TokenVerifier {
  private readonly keys: ReturnType<typeof createRemoteJWKSet>;

  constructor(private readonly config: AuthConfig) {
    this.keys = createRemoteJWKSet(new URL(config.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30000 });
  }

  async verify(token: string): Promise<AuthenticatedUser> {
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.config.issuer,
        audience: this.config.audience,
        algorithms: this.config.algorithms,
        clockTolerance: this.config.clockToleranceSeconds,
      }));
    } catch (error) {
      throw translate(error);
    }
    try {
      return userFromClaims(payload, this.config.claims);
    } catch (error) {
      if (error instanceof InvalidClaimsError) throw new TokenRejectedError('invalid_claims', error.message, error.claim);
      throw error;
    }
  }
}

function translate(error: unknown): Error {
  if (error instanceof errors.JWTExpired) return new TokenRejectedError('expired', 'token has expired');
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'nbf') return new TokenRejectedError('not_yet_valid', 'token is not valid yet');
    return new TokenRejectedError('invalid_claims', `token ${error.claim} claim is not accepted`, error.claim);
  }
  if (
    error instanceof errors.JWSSignatureVerificationFailed ||
    error instanceof errors.JWKSNoMatchingKey ||
    error instanceof errors.JWKSMultipleMatchingKeys ||
    error instanceof errors.JOSEAlgNotAllowed ||
    error instanceof errors.JOSENotSupported
  ) {
    return new TokenRejectedError('invalid_signature', 'token signature cannot be verified');
  }
  if (error instanceof errors.JWSInvalid || error instanceof errors.JWTInvalid || error instanceof errors.JWKInvalid) {
    return new TokenRejectedError('malformed', 'token is malformed');
  }
  // JWKSTimeout, JWKSInvalid, network errors: the provider is the problem, not the token.
  return new IdentityProviderUnavailableError(error);
}
