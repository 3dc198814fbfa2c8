/**
 * Roles (jabatan) of a Dinas Koperasi dan UKM, as carried by the token.
 * The order of ROLE_HIERARCHY is the order of authority: the first role a user holds is the
 * user's primary role (the one recorded as the actor of an event).
 */
export const Role = {
  KEPALA_DINAS: 'KEPALA_DINAS',
  SEKRETARIS: 'SEKRETARIS',
  KEPALA_BIDANG: 'KEPALA_BIDANG',
  KASI: 'KASI',
  STAF: 'STAF',
  PETUGAS: 'PETUGAS',
  AUDITOR: 'AUDITOR',
  PROVINCIAL_VIEWER: 'PROVINCIAL_VIEWER',
} as const;
export type Role = (typeof Role)[keyof typeof Role];

/** Highest authority first. Read-only roles come last. */
export const ROLE_HIERARCHY: readonly Role[] = Object.freeze([
  Role.KEPALA_DINAS,
  Role.SEKRETARIS,
  Role.KEPALA_BIDANG,
  Role.KASI,
  Role.STAF,
  Role.PETUGAS,
  Role.AUDITOR,
  Role.PROVINCIAL_VIEWER,
]);

/** Roles that may only read: they never write, whatever the route. */
export const READ_ONLY_ROLES: readonly Role[] = Object.freeze([Role.AUDITOR, Role.PROVINCIAL_VIEWER]);

/** Labels users read (Bahasa Indonesia). */
export const ROLE_LABELS: Readonly<Record<Role, string>> = Object.freeze({
  KEPALA_DINAS: 'Kepala Dinas',
  SEKRETARIS: 'Sekretaris',
  KEPALA_BIDANG: 'Kepala Bidang',
  KASI: 'Kepala Seksi',
  STAF: 'Staf',
  PETUGAS: 'Petugas',
  AUDITOR: 'Auditor',
  PROVINCIAL_VIEWER: 'Pemantau Provinsi',
});

const KNOWN = new Set<string>(ROLE_HIERARCHY);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && KNOWN.has(value);
}

/**
 * Reads role strings from a claim. Case and separators are normalised (`kepala-dinas`, `kepala_dinas`
 * and `KEPALA_DINAS` are the same role), so identity-provider roles written in lower case work.
 * Unknown strings (e.g. Keycloak's `offline_access`) are ignored. Result is in hierarchy order, without duplicates.
 */
export function parseRoles(values: unknown): Role[] {
  const list = Array.isArray(values) ? values : typeof values === 'string' ? values.split(/[\s,]+/) : [];
  const found = new Set<Role>();
  for (const value of list) {
    if (typeof value !== 'string') continue;
    const normalised = value.trim().toUpperCase().replace(/[\s-]+/g, '_');
    if (isRole(normalised)) found.add(normalised);
  }
  return ROLE_HIERARCHY.filter((role) => found.has(role));
}

/** The highest role in the hierarchy, or undefined for a user without any known role. */
export function primaryRole(roles: readonly Role[]): Role | undefined {
  return ROLE_HIERARCHY.find((role) => roles.includes(role));
}

/** True when the user holds no role that may write (only AUDITOR and/or PROVINCIAL_VIEWER, or none at all). */
export function isReadOnly(roles: readonly Role[]): boolean {
  return !roles.some((role) => !READ_ONLY_ROLES.includes(role));
}
