/** Claim names read from the token. Dotted names are paths into the payload (`realm_access.roles`). */
export interface ClaimNames {
  userId: string;
  nip: string;
  name: string;
  roles: string;
  tenant: string;
}

/** How tokens are verified (an OIDC provider such as Keycloak, or the local issuer). */
export interface AuthConfig {
  /** Expected `iss`. */
  issuer: string;
  /** Expected `aud`; not checked when absent. */
  audience?: string | string[];
  /** The provider's JWKS (a Keycloak realm's `/protocol/openid-connect/certs`). */
  jwksUrl: string;
  /** Accepted signature algorithms. Default `RS256`. */
  algorithms: string[];
  /** Leeway for `exp`/`nbf`, in seconds. Default 5. */
  clockToleranceSeconds: number;
  claims: ClaimNames;
}

export const DEFAULT_CLAIMS: Readonly<ClaimNames> = Object.freeze({
  userId: 'sub',
  nip: 'nip',
  name: 'name',
  roles: 'roles',
  tenant: 'tenant',
});

/** Keycloak puts realm roles here; always read in addition to the configured roles claim. */
export const KEYCLOAK_ROLES_CLAIM = 'realm_access.roles';

export class AuthConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthConfigError';
  }
}

type Env = Record<string, string | undefined>;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

function requireUrl(env: Env, name: string): string {
  const value = env[name]?.trim();
  if (!value) throw new AuthConfigError(`${name} is required (the token issuer's settings)`);
  try {
    new URL(value);
  } catch {
    throw new AuthConfigError(`${name} is not a valid URL: ${value}`);
  }
  return value;
}

/**
 * Reads the settings from the environment:
 * `JWT_ISSUER` (required), `JWT_JWKS_URL` (required), `JWT_AUDIENCE` (optional, comma-separated),
 * `JWT_ALGORITHMS` (default `RS256`), `JWT_CLOCK_TOLERANCE_SECONDS` (default 5),
 * `JWT_USER_ID_CLAIM` (`sub`), `JWT_NIP_CLAIM` (`nip`), `JWT_NAME_CLAIM` (`name`),
 * `JWT_ROLES_CLAIM` (`roles`; `realm_access.roles` is also read), `JWT_TENANT_CLAIM` (`tenant`).
 */
export function authConfigFromEnv(env: Env = process.env): AuthConfig {
  const issuer = requireUrl(env, 'JWT_ISSUER');
  const jwksUrl = requireUrl(env, 'JWT_JWKS_URL');
  const audiences = list(env.JWT_AUDIENCE);
  const algorithms = list(env.JWT_ALGORITHMS);
  const toleranceText = env.JWT_CLOCK_TOLERANCE_SECONDS?.trim();
  const clockToleranceSeconds = toleranceText ? Number(toleranceText) : 5;
  if (!Number.isInteger(clockToleranceSeconds) || clockToleranceSeconds < 0) {
    throw new AuthConfigError(`JWT_CLOCK_TOLERANCE_SECONDS must be a non-negative integer: ${toleranceText}`);
  }
  const claim = (name: string, fallback: string) => env[name]?.trim() || fallback;
  return {
    issuer,
    audience: audiences.length === 0 ? undefined : audiences.length === 1 ? audiences[0] : audiences,
    jwksUrl,
    algorithms: algorithms.length > 0 ? algorithms : ['RS256'],
    clockToleranceSeconds,
    claims: {
      userId: claim('JWT_USER_ID_CLAIM', DEFAULT_CLAIMS.userId),
      nip: claim('JWT_NIP_CLAIM', DEFAULT_CLAIMS.nip),
      name: claim('JWT_NAME_CLAIM', DEFAULT_CLAIMS.name),
      roles: claim('JWT_ROLES_CLAIM', DEFAULT_CLAIMS.roles),
      tenant: claim('JWT_TENANT_CLAIM', DEFAULT_CLAIMS.tenant),
    },
  };
}

/** Fills defaults for a config built in code (tests, launcher). */
export function authConfig(partial: Pick<AuthConfig, 'issuer' | 'jwksUrl'> & Partial<Omit<AuthConfig, 'claims'>> & { claims?: Partial<ClaimNames> }): AuthConfig {
  return {
    issuer: partial.issuer,
    jwksUrl: partial.jwksUrl,
    audience: partial.audience,
    algorithms: partial.algorithms ?? ['RS256'],
    clockToleranceSeconds: partial.clockToleranceSeconds ?? 5,
    claims: { ...DEFAULT_CLAIMS, ...partial.claims },
  };
}
