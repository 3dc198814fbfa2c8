import { SetMetadata } from '@nestjs/common';
import type { Role } from './role';

export const IS_PUBLIC = 'jejak:isPublic';
export const REQUIRED_ROLES = 'jejak:requiredRoles';
export const ALLOW_READ_ONLY_ROLES = 'jejak:allowReadOnlyRoles';

/** The route needs no token (health, metrics, docs). */
export const Public = () => SetMetadata(IS_PUBLIC, true);

/** The user needs at least one of these roles, or gets a 403. On a class or a handler (the handler wins). */
export const Roles = (...roles: Role[]) => SetMetadata(REQUIRED_ROLES, roles);

/**
 * Lets read-only users (AUDITOR, PROVINCIAL_VIEWER) call a non-GET route that does not write,
 * e.g. a POST-based search. Without it they get a 403 on every POST/PUT/PATCH/DELETE.
 */
export const AllowReadOnlyRoles = () => SetMetadata(ALLOW_READ_ONLY_ROLES, true);
