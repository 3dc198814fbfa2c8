import type { SopContent } from '@jejak/contracts';
import type { DecisionAnswer } from '../flow/sop-flow';
import type { Actor, PlatformRole } from '../roles/platform-role';
import type { RoleMapping } from '../roles/role-mapping';
import type { IsoInstant } from '../time';
import type { CaseTeam } from './case-lanes';

/**
 * Commands to the case aggregate. `at` is the injected clock's reading and `caseId` comes from the injected id
 * generator; the decider never reads either on its own. After StartCase, commands act on the case's one stream.
 */

/** The SOP version the case runs, pinned at start with its content snapshot. */
export interface PinnedSop {
  sopId: string;
  version: number;
  content: SopContent;
}

/** Where a case comes from: entered live, or imported from a paper agenda book with its original start. */
export type CaseOrigin = { kind: 'live' } | { kind: 'historical'; startedAt: IsoInstant; source: string };

export interface StartCase {
  type: 'StartCase';
  caseId: string;
  sop: PinnedSop;
  /** Run only this procedure (0-based) of a multi-procedure SOP; null runs all procedures in document order. */
  procedureIndex: number | null;
  origin: CaseOrigin;
  /** The business reference users know the case by (agenda number, application number...), if any. */
  reference?: string | null;
  /** People assigned to the SOP's team lanes for this case (e.g. the working team named in an SK): only they act on those steps. */
  teams?: CaseTeam[];
  /** Lanes this case treats as outside parties (Pemohon, Bank Pelaksana...), besides those the dinas's mapping marks external. */
  externalLanes?: string[];
  actor: Actor;
  at: IsoInstant;
}

/** What shows that an outside party did its step: a reference (letter number, OSS receipt...) or an uploaded document id. */
export interface ExternalEvidence {
  reference: string | null;
  documentId: string | null;
}

export interface StartStep {
  type: 'StartStep';
  /** The dinas's role mapping in force at `at` (loaded by the handler); absent: the decider's mapping (the defaults). */
  pelaksanaMapping?: RoleMapping;
  stepKey: string;
  actor: Actor;
  at: IsoInstant;
}

export interface CompleteStep {
  type: 'CompleteStep';
  /** The dinas's role mapping in force at `at` (loaded by the handler); absent: the decider's mapping (the defaults). */
  pelaksanaMapping?: RoleMapping;
  stepKey: string;
  /** The kelengkapan items of the step's mutu baku that the pelaksana checked as present. */
  kelengkapanChecked: string[];
  /** Whether the step's output (mutu baku) was produced. */
  outputProduced: boolean;
  /** Reference to the produced document (letter number, archive id), if any. */
  documentRef: string | null;
  /** For a step of an outside party, recorded on its behalf: what shows it was done (required there). */
  evidence?: ExternalEvidence | null;
  actor: Actor;
  at: IsoInstant;
}

export interface TakeDecision {
  type: 'TakeDecision';
  /** The dinas's role mapping in force at `at` (loaded by the handler); absent: the decider's mapping (the defaults). */
  pelaksanaMapping?: RoleMapping;
  stepKey: string;
  answer: DecisionAnswer;
  actor: Actor;
  at: IsoInstant;
}

export interface CancelCase {
  type: 'CancelCase';
  reason: string;
  actor: Actor;
  at: IsoInstant;
}

/** Who executed a historical step, as far as the paper record tells. */
export interface HistoricalExecutor {
  userId: string | null;
  role: PlatformRole | null;
  /** Name or jabatan as written in the record. */
  name: string | null;
}

/**
 * A step as it happened, imported from a paper agenda book. Accepted out of role and out of order (compliance
 * flags those); the case's flow moves on from the recorded step as if it had been completed live.
 */
export interface RecordHistoricalStep {
  type: 'RecordHistoricalStep';
  stepKey: string;
  executedBy: HistoricalExecutor;
  startedAt: IsoInstant | null;
  completedAt: IsoInstant;
  kelengkapanChecked: string[];
  outputProduced: boolean;
  documentRef: string | null;
  /** The answer of a decision step; null for a process step. */
  decision: DecisionAnswer | null;
  /** Where the record comes from, e.g. "Buku Agenda Surat Masuk 2023, hlm. 14". */
  source: string;
  /** The user importing it. */
  actor: Actor;
  at: IsoInstant;
}

export type CaseCommand = StartCase | StartStep | CompleteStep | TakeDecision | CancelCase | RecordHistoricalStep;
