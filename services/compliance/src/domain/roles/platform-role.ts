/** The roles users hold on the platform. SOP role texts map onto these (see `role-mapping.ts`). */
export type PlatformRole = 'KEPALA_DINAS' | 'SEKRETARIS' | 'KEPALA_BIDANG' | 'KASI' | 'STAF' | 'PETUGAS';

export const PLATFORM_ROLES: readonly PlatformRole[] = ['KEPALA_DINAS', 'SEKRETARIS', 'KEPALA_BIDANG', 'KASI', 'STAF', 'PETUGAS'];

/** Staff roles: every platform role is held by staff of the dinas. A step without pelaksana may be executed by any of them. */
export const STAFF_ROLES: readonly PlatformRole[] = PLATFORM_ROLES;

export const isPlatformRole = (value: unknown): value is PlatformRole => PLATFORM_ROLES.includes(value as PlatformRole);

/** A user acting on a case, with the platform roles they hold and their name as the token had it. */
export interface Actor {
  userId: string;
  roles: PlatformRole[];
  name?: string;
}

/**
 * The user who did something, and the one role (jabatan) they did it as; `name` as the token had it at the time
 * (absent in events recorded before names were kept, and for users whose token carries none).
 */
export interface ActorRef {
  userId: string;
  role: PlatformRole;
  name?: string;
  /** The jabatan the user acted as (the label of `role`, as the token's role claim named it); absent in older events. */
  jabatan?: string;
}
