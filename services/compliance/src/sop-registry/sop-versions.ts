import {
  SopDrafted, SopRetired, SopVersionEffective,
  type SopContent, type SopDraftedV1, type SopRetiredV1, type SopVersionEffectiveV1,
} from '@jejak/contracts';
import type { RecordedEvent } from '@jejak/event-store';
import type { RecordedIntegrationData } from '../inbox/integration-event-recorder';

export interface EffectiveSopVersion {
  version: number;
  /** First day in force, `YYYY-MM-DD`. */
  effectiveFrom: string;
  content: SopContent;
}

/** What compliance knows of one SOP from the catalogue's facts in its own log (`sop-<sopId>`). */
export interface KnownSop {
  sopId: string;
  tenant: string;
  unit: string;
  nomor: string | null;
  nama: string;
  versions: EffectiveSopVersion[];
  retiredFrom: string | null;
}

/** Folds the recorded catalogue facts of one SOP; null when none were recorded. */
export function knownSopFrom(recorded: readonly RecordedEvent[]): KnownSop | null {
  const known: { sop: KnownSop | null } = { sop: null };
  for (const event of recorded) {
    const { payload } = event.data as RecordedIntegrationData;
    if (event.type === SopDrafted.type || event.type === SopVersionEffective.type) {
      const d = payload as SopDraftedV1;
      const before = known.sop;
      known.sop = { sopId: d.sopId, versions: before?.versions ?? [], retiredFrom: before?.retiredFrom ?? null, tenant: d.tenant, unit: d.unit, nomor: d.nomor, nama: d.nama };
    }
    const sop = known.sop;
    if (sop && event.type === SopVersionEffective.type) {
      const d = payload as SopVersionEffectiveV1;
      if (!sop.versions.some((v) => v.version === d.version)) sop.versions.push({ version: d.version, effectiveFrom: d.effectiveFrom.slice(0, 10), content: d.content });
    }
    if (sop && event.type === SopRetired.type) sop.retiredFrom = (payload as SopRetiredV1).retiredFrom.slice(0, 10);
  }
  return known.sop;
}

/**
 * The version in force on a local date: the one with the latest `effectiveFrom` not after it (the highest version
 * on a tie); none before the first version takes effect, or once the SOP is retired after it.
 */
export function versionEffectiveOn(sop: KnownSop, date: string): EffectiveSopVersion | null {
  const candidates = sop.versions.filter((v) => v.effectiveFrom <= date);
  if (candidates.length === 0) return null;
  const inForce = candidates.reduce((best, v) => (v.effectiveFrom > best.effectiveFrom || (v.effectiveFrom === best.effectiveFrom && v.version > best.version) ? v : best));
  if (sop.retiredFrom !== null && sop.retiredFrom <= date && sop.retiredFrom >= inForce.effectiveFrom) return null;
  return inForce;
}
