import type { AuthConfig } from './auth-config';
import { KEYCLOAK_ROLES_CLAIM } from './auth-config';
import type { AuthenticatedUser } from './authenticated-user';
import { parseRoles } from './role';
import { isTenantCode } from './tenant-code';

/** Why a verified token still does not identify a Jejak user. */
export class InvalidClaimsError extends Error {
  constructor(readonly claim: string, message: string) {
    super(message);
    this.name = 'InvalidClaimsError';
  }
}

/** Reads `a.b.c` from a payload; a name without dots is read as is (claim names may contain dots too). */
export function readClaim(payload: Record<string, unknown>, name: string): unknown {
  if (name in payload) return payload[name];
  let current: unknown = payload;
  for (const part of name.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim().length > 0) return value.trim();
  // An 18-digit NIP sent as a JSON number has already lost digits: only exact integers are read.
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

/** A tenant claim may be a string or (Keycloak multi-valued attribute) a one-element array. */
function tenantValue(value: unknown): unknown {
  return Array.isArray(value) && value.length === 1 ? value[0] : value;
}

/** Maps a verified token payload to the Jejak user, or throws InvalidClaimsError. */
export function userFromClaims(payload: Record<string, unknown>, claims: AuthConfig['claims']): AuthenticatedUser {
  const userId = text(readClaim(payload, claims.userId));
  if (!userId) throw new InvalidClaimsError(claims.userId, `token has no ${claims.userId} claim`);
  const tenant = tenantValue(readClaim(payload, claims.tenant));
  if (!isTenantCode(tenant)) {
    throw new InvalidClaimsError(claims.tenant, `token has no valid ${claims.tenant} claim (a Kemendagri region code such as 35 or 35.01)`);
  }
  const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
  const roleValues = [...asList(readClaim(payload, claims.roles)), ...asList(readClaim(payload, KEYCLOAK_ROLES_CLAIM))];
  const name =
    text(readClaim(payload, claims.name)) ?? text(payload.preferred_username) ?? userId;
  return {
    userId,
    nip: text(readClaim(payload, claims.nip)) ?? '',
    name,
    roles: parseRoles(roleValues),
    tenant,
  };
}
