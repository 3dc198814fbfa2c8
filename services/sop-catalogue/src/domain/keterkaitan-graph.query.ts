import type { SopIdentity } from '@jejak/contracts';
import { normaliseSopName, normaliseSopNumber, normaliseText } from './sop-text.normalise';

export interface KeterkaitanSource {
  sopId: string;
  /** Kemendagri region code: references resolve only within the same dinas. */
  tenant: string;
  identity: Pick<SopIdentity, 'nomor' | 'nama' | 'keterkaitan'>;
}

export interface KeterkaitanNode {
  sopId: string;
  tenant: string;
  nomor: string | null;
  nama: string;
}

export interface KeterkaitanEdge {
  from: string;
  /** The reference as written in the SOP's "Keterkaitan". */
  text: string;
  /** The SOP it resolves to; null for a dangling reference. */
  to: string | null;
  resolvedBy: 'nomor' | 'nama' | null;
  /** For a dangling reference that fits several SOPs equally well: their ids, sorted. Empty otherwise. */
  candidates: string[];
}

export interface KeterkaitanGraph {
  nodes: KeterkaitanNode[];
  edges: KeterkaitanEdge[];
}

/** "SOP ini tidak berkaitan dengan SOP lain.", "-", "Tidak ada": a statement that there is no related SOP. */
export function statesNoRelation(text: string): boolean {
  const normal = normaliseText(text);
  return normal === '' || normal === 'tidak ada' || normal === 'n a' || /\btidak (ber|ter)?kait(an)?\b|\btidak berkaitan\b/.test(normal);
}

/** Whether `needle` occurs in `haystack` starting and ending at word boundaries (letters and digits). */
function containsAsWhole(haystack: string, needle: string): boolean {
  const wordChar = /[\p{L}\p{N}]/u;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const before = at === 0 ? '' : haystack[at - 1];
    const after = haystack[at + needle.length] ?? '';
    if (!wordChar.test(before) && !wordChar.test(after)) return true;
  }
  return false;
}

/**
 * Links each SOP's `keterkaitan` texts to SOPs of the same dinas.
 * Resolution, first that gives exactly one SOP wins:
 * 1. by number: the text contains another SOP's nomor (spacing and case ignored);
 * 2. by name, exactly: the text is another SOP's nama (case, punctuation and a leading "SOP" ignored);
 * 3. by name, contained: the text contains another SOP's nama of at least two words, the longest such name winning.
 * A text that resolves to nothing, or to several SOPs equally, stays as a dangling edge (`to: null`, with the
 * candidates). Texts that state there is no related SOP make no edge. Nodes and edges keep the input order.
 */
export function keterkaitanGraph(sops: readonly KeterkaitanSource[]): KeterkaitanGraph {
  const nodes = sops.map((sop) => ({ sopId: sop.sopId, tenant: sop.tenant, nomor: sop.identity.nomor, nama: sop.identity.nama }));
  const edges = sops.flatMap((sop) => {
    const others = sops.filter((other) => other.tenant === sop.tenant && other.sopId !== sop.sopId);
    return sop.identity.keterkaitan.filter((text) => !statesNoRelation(text)).map((text) => resolve(sop.sopId, text.trim(), others));
  });
  return { nodes, edges };
}

function resolve(from: string, text: string, others: readonly KeterkaitanSource[]): KeterkaitanEdge {
  const dangling = (candidates: string[]): KeterkaitanEdge => ({ from, text, to: null, resolvedBy: null, candidates: [...candidates].sort() });
  const number = normaliseSopNumber(text);
  const byNumber = others.filter((other) => other.identity.nomor !== null && normaliseSopNumber(other.identity.nomor) !== '' && containsAsWhole(number, normaliseSopNumber(other.identity.nomor)));
  if (byNumber.length === 1) return { from, text, to: byNumber[0].sopId, resolvedBy: 'nomor', candidates: [] };
  if (byNumber.length > 1) return dangling(byNumber.map((other) => other.sopId));

  const name = normaliseSopName(text);
  const exact = others.filter((other) => normaliseSopName(other.identity.nama) === name && name !== '');
  if (exact.length === 1) return { from, text, to: exact[0].sopId, resolvedBy: 'nama', candidates: [] };
  if (exact.length > 1) return dangling(exact.map((other) => other.sopId));

  const contained = others
    .map((other) => ({ other, name: normaliseSopName(other.identity.nama) }))
    .filter((candidate) => candidate.name.split(' ').length >= 2 && containsAsWhole(name, candidate.name));
  if (contained.length === 0) return dangling([]);
  const longest = Math.max(...contained.map((candidate) => candidate.name.length));
  const best = contained.filter((candidate) => candidate.name.length === longest);
  if (best.length === 1) return { from, text, to: best[0].other.sopId, resolvedBy: 'nama', candidates: [] };
  return dangling(best.map((candidate) => candidate.other.sopId));
}
