import { forbidden } from '@jejak/domain-kit';
import type { AuthenticatedUser } from '@jejak/nest-platform';
import { isRole, type ActingUser } from '../domain';

/** The domain's acting user, from the verified token only (roles the letters domain knows). */
export function actingUser(user: AuthenticatedUser): ActingUser {
  const roles = user.roles.filter(isRole);
  if (roles.length === 0) throw forbidden('NO_ROLE', 'Akun Anda belum memiliki jabatan yang dikenal Jejak.');
  return { userId: user.userId, name: user.name, roles, tenant: user.tenant };
}
