import { randomUUID } from 'node:crypto';
import { forbidden } from '@jejak/domain-kit';
import type { Actor, EventMetadata } from '@jejak/event-store';
import { currentCorrelationId } from '../observability/correlation.context';
import type { AuthenticatedUser } from './authenticated-user';
import { primaryRole } from './role';

/** Who did it, as recorded on events: the user's primary (highest) role. */
export function actorFrom(user: AuthenticatedUser): Actor {
  const role = primaryRole(user.roles);
  if (!role) {
    throw forbidden('NO_ROLE', 'Akun Anda belum memiliki jabatan yang dikenal Jejak, sehingga tidak dapat melakukan tindakan ini.');
  }
  return { userId: user.userId, role, name: user.name };
}

/**
 * Metadata of the events a command of this user produces. Tenant and actor come from the verified
 * token, never from a request body. Without a correlation id, the current request's id is used
 * (or, outside any request, a new one).
 */
export function eventMetadata(user: AuthenticatedUser, correlationId?: string, causationId?: string | null): EventMetadata {
  return {
    tenant: user.tenant,
    actor: actorFrom(user),
    correlationId: correlationId ?? currentCorrelationId() ?? randomUUID(),
    causationId: causationId ?? null,
  };
}
