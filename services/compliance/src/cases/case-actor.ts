import type { AuthenticatedUser } from '@jejak/nest-platform';
import { isPlatformRole, type Actor, type PlatformRole } from '../domain';

/**
 * The user as the case decider sees them: their platform roles, highest first (read-only roles are not staff roles),
 * and their name as the token has it (recorded on the events, so a step execution names who did it).
 */
export const caseActorOf = (user: AuthenticatedUser): Actor => ({
  userId: user.userId,
  roles: user.roles.filter((role): role is PlatformRole => isPlatformRole(role)),
  ...(user.name.trim() !== '' ? { name: user.name } : {}),
});
