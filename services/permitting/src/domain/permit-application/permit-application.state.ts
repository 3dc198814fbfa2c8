import type { IsoDate, IsoInstant } from '../permit-type/permit-type.events';
import type { Applicant, ApplicationChecklist, NationalReference } from './permit-application.events';

export type DocumentStatus =
  | { status: 'received'; contentHash: string; at: IsoInstant }
  | { status: 'accepted'; contentHash: string; at: IsoInstant }
  | { status: 'rejected'; contentHash: string; reason: string; at: IsoInstant };

export interface ApplicationFile {
  id: string;
  tenant: string;
  checklist: ApplicationChecklist;
  applicant: Applicant;
  nationalReference: NationalReference | null;
  registeredAt: IsoInstant;
  documents: Record<string, DocumentStatus>;
  /** Deficiency rounds noticed so far. */
  deficiencyRounds: number;
  inspection: { answers: { check: string; answer: 'ya' | 'tidak' }[]; report: string; at: IsoInstant } | null;
  outsideSteps: { step: string; reference: string; startedAt: IsoInstant; completedAt: IsoInstant }[];
}

export type ApplicationOutcome =
  | { outcome: 'issued'; number: string; issuedOn: IsoDate; validUntil: IsoDate | null; at: IsoInstant }
  | { outcome: 'refused'; reason: string; at: IsoInstant }
  | { outcome: 'withdrawn'; reason: string; at: IsoInstant };

export type PermitApplicationState =
  | { stage: 'none' }
  /** Registered; documents being received and checked by the dinas. */
  | ({ stage: 'checking' } & ApplicationFile)
  /** A deficiency letter is out: the applicant's turn. */
  | ({ stage: 'deficient' } & ApplicationFile)
  /** Every document accepted: inspection, outside steps, outcome. */
  | ({ stage: 'verified'; verifiedAt: IsoInstant } & ApplicationFile)
  | ({ stage: 'closed'; result: ApplicationOutcome; verifiedAt: IsoInstant | null } & ApplicationFile);

export const initialPermitApplicationState = (): PermitApplicationState => ({ stage: 'none' });

/** Milliseconds spent waiting outside the dinas (overlapping outside steps counted once). */
export function outsideMilliseconds(steps: readonly { startedAt: IsoInstant; completedAt: IsoInstant }[]): number {
  const spans = steps.map((s) => [Date.parse(s.startedAt), Date.parse(s.completedAt)] as const).sort((a, b) => a[0] - b[0]);
  let total = 0;
  let end = -Infinity;
  for (const [from, to] of spans) {
    if (to <= end) continue;
    total += to - Math.max(from, end);
    end = to;
  }
  return total;
}
