import type { Role } from './acting-user';

/**
 * The dinas's hierarchy as data: levels from the top, each a list of roles of equal rank.
 * Default: Kadis → Sekretaris/Kabid → Kasi → Staf/Petugas. A disposisi only goes DOWN it.
 */
export type Hierarchy = readonly (readonly Role[])[];

/** 0 is the top; `null` when the role is outside the hierarchy (e.g. AUDITOR). */
export function rankOf(hierarchy: Hierarchy, role: Role): number | null {
  const level = hierarchy.findIndex((roles) => roles.includes(role));
  return level === -1 ? null : level;
}

/** The user's highest role in the hierarchy (the one they act in by default), or null. */
export function highestRole(hierarchy: Hierarchy, roles: readonly Role[]): Role | null {
  let best: { role: Role; rank: number } | null = null;
  for (const role of roles) {
    const rank = rankOf(hierarchy, role);
    if (rank !== null && (best === null || rank < best.rank)) best = { role, rank };
  }
  return best?.role ?? null;
}

/** True when `lower` ranks strictly below `upper`; false when either is outside the hierarchy. */
export function isBelow(hierarchy: Hierarchy, lower: Role, upper: Role): boolean {
  const lowerRank = rankOf(hierarchy, lower);
  const upperRank = rankOf(hierarchy, upper);
  return lowerRank !== null && upperRank !== null && lowerRank > upperRank;
}
