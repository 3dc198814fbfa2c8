import type { Role } from '../acting-user';
import { rankOf, type Hierarchy } from '../hierarchy.policy';

/**
 * The paraf chain of one draft: the configured chain of its jenis (bottom-up, e.g.
 * Staf → Kasi → Kabid → Sekretaris), keeping only the roles from the drafter's level up to, but
 * not including, the signer's level. A Kasi's draft skips the Staf paraf; a nota dinas a Kabid
 * signs needs no Sekretaris paraf; a Kabid signing their own nota dinas needs none.
 */
export function parafChainFor(chain: readonly Role[], hierarchy: Hierarchy, drafterRole: Role, signerRole: Role): Role[] {
  const drafterRank = rankOf(hierarchy, drafterRole);
  const signerRank = rankOf(hierarchy, signerRole);
  if (drafterRank === null || signerRank === null) return [];
  return chain.filter((role) => {
    const rank = rankOf(hierarchy, role);
    return rank !== null && rank <= drafterRank && rank > signerRank;
  });
}
