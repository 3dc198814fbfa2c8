import type { ImportedSop, ImportWarning, LaneProposal } from '../model/import-report.model';
import { editDistance } from '../text/edit-distance';

/**
 * Lanes (role columns) that look like an OCR-damaged known role: "Kepala Dinss" → "Kepala Dinas".
 * Known roles are the usual lanes of a dinas's SOPs and the lanes two or more SOPs of the same document
 * use. A lane that is itself known is never flagged; the rest are compared letters only (case and
 * spacing ignored), within 1 edit for short names and 2 for names of 10 letters or more.
 */
export const KNOWN_ROLES: readonly string[] = [
  'Kepala Dinas',
  'Sekretaris',
  'Sekretariat',
  'Kepala Bidang',
  'Kepala Seksi',
  'Kepala Sub Bagian',
  'Kepala UPT',
  'Kasubag Umum',
  'Kasubid',
  'Kasi',
  'Kabid',
  'Kadis',
  'Staf',
  'Fungsional Umum',
  'Pendamping PLUT',
  'Petugas',
  'Pemohon',
  'Pelaku Usaha',
  'Ketua Tim Kerja',
  'Anggota Tim Kerja',
  'Tim Verifikator',
  'Bendahara',
  'Koperasi',
  'Bank',
  'Bupati',
  'Gubernur',
  'Walikota',
];

const fold = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');
/** A document with thousands of distinct lanes is not a source of known names. */
const MAX_DOCUMENT_LANES = 200;

export function knownRolesOf(sops: readonly ImportedSop[]): string[] {
  const uses = new Map<string, number>();
  for (const sop of sops) for (const lane of sop.roles) uses.set(lane, (uses.get(lane) ?? 0) + 1);
  const shared = [...uses].filter(([, count]) => count >= 2).map(([lane]) => lane);
  return [...KNOWN_ROLES, ...(shared.length <= MAX_DOCUMENT_LANES ? shared : [])];
}

export function proposeLanes(sop: ImportedSop, known: readonly string[]): { proposals: LaneProposal[]; warnings: ImportWarning[] } {
  const folded = known.map((name) => ({ name, key: fold(name) }));
  const exact = new Set(folded.map((entry) => entry.key));
  const proposals: LaneProposal[] = [];
  const warnings: ImportWarning[] = [];
  for (const lane of sop.roles) {
    const key = fold(lane);
    if (key.length < 5 || exact.has(key)) continue;
    const limit = key.length >= 10 ? 2 : 1;
    let best: { name: string; distance: number } | null = null;
    for (const candidate of folded) {
      if (Math.abs(candidate.key.length - key.length) > limit) continue;
      const distance = editDistance(key, candidate.key);
      if (distance <= limit && (best === null || distance < best.distance)) best = { name: candidate.name, distance };
    }
    if (!best) continue;
    const line = sop.procedures.find((procedure) => procedure.roles.includes(lane))?.line ?? sop.line;
    proposals.push({ lane, known: best.name, distance: best.distance, line, status: 'to-confirm' });
    warnings.push({
      line,
      sop: sop.number ?? sop.name,
      message: `Kolom pelaksana "${lane}" mirip jabatan "${best.name}" (mungkin rusak karena OCR); usulan: "${best.name}" — periksa`,
    });
  }
  return { proposals, warnings };
}
