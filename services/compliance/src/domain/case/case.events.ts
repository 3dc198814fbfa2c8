import type { SopContent } from '@jejak/contracts';
import { EventTypeRegistry } from '@jejak/domain-kit';
import type { DecisionAnswer } from '../flow/sop-flow';
import type { ActorRef } from '../roles/platform-role';
import type { IsoInstant } from '../time';
import type { ExternalEvidence, HistoricalExecutor } from './case.commands';
import type { CaseTeam } from './case-lanes';

/** What the pelaksana checked against the step's kelengkapan at completion. */
export interface KelengkapanCheck {
  required: string[];
  checked: string[];
  missing: string[];
}

/** The case runs `sopId` version `version` as pinned here, whatever later versions say. */
export interface CaseStarted {
  type: 'CaseStarted';
  data: {
    caseId: string;
    sopId: string;
    version: number;
    content: SopContent;
    /** The procedures the case runs, 0-based, in document order. */
    procedureIndexes: number[];
    firstStepKey: string;
    startedBy: ActorRef;
    /** When the case started: the clock for live cases, the paper record for historical ones. */
    startedAt: IsoInstant;
    recordedAt: IsoInstant;
    origin: 'live' | 'historical';
    source: string | null;
    /** The business reference users know the case by; absent when none was given. */
    reference?: string;
    /** The case's team lanes and their members; absent (none) in cases started before teams. */
    teams?: CaseTeam[];
    /** Lanes the case treats as outside parties; absent (none) when not declared. */
    externalLanes?: string[];
  };
}

export interface StepStarted {
  type: 'StepStarted';
  data: {
    caseId: string; stepKey: string; procedureIndex: number; stepNo: number; actor: ActorRef; startedAt: IsoInstant;
    /** The outside parties (lanes) the actor recorded the step for; absent for the dinas's own steps. */
    onBehalfOf?: string[];
  };
}

/**
 * The step's work is done. For a decision step the case then waits for the decision (`awaitingDecision`);
 * otherwise `nextStepKey` is the step the case goes to, or null when this was the last (CaseCompleted follows).
 */
export interface StepCompleted {
  type: 'StepCompleted';
  data: {
    caseId: string;
    stepKey: string;
    procedureIndex: number;
    stepNo: number;
    actor: ActorRef;
    startedAt: IsoInstant;
    completedAt: IsoInstant;
    kelengkapan: KelengkapanCheck;
    /** The output the mutu baku asks for, and whether it was produced. */
    output: string;
    outputProduced: boolean;
    documentRef: string | null;
    awaitingDecision: boolean;
    nextStepKey: string | null;
    /** The outside parties (lanes) the actor recorded the step for, and the evidence; absent for the dinas's own steps. */
    onBehalfOf?: string[];
    evidence?: ExternalEvidence;
  };
}

/** `nextStepKey` null: the branch ends the flowchart (CaseCompleted follows). */
export interface DecisionTaken {
  type: 'DecisionTaken';
  data: {
    caseId: string; stepKey: string; question: string; answer: DecisionAnswer; actor: ActorRef; decidedAt: IsoInstant; nextStepKey: string | null;
    /** The outside parties (lanes) whose decision the actor recorded; absent for the dinas's own decisions. */
    onBehalfOf?: string[];
  };
}

/** The case goes back to an earlier (or the same) step: one rework loop. `reworkCount` is the case's total so far. */
export interface CaseLoopedBack {
  type: 'CaseLoopedBack';
  data: { caseId: string; fromStepKey: string; toStepKey: string; answer: DecisionAnswer; reworkCount: number; at: IsoInstant };
}

export interface CaseCompleted {
  type: 'CaseCompleted';
  data: { caseId: string; lastStepKey: string; reworkCount: number; completedAt: IsoInstant };
}

export interface CaseCancelled {
  type: 'CaseCancelled';
  data: { caseId: string; reason: string; actor: ActorRef; cancelledAt: IsoInstant; atStepKey: string | null };
}

/**
 * A step imported from paper, as it happened. `expectedStepKey` is the step the case's flow expected then
 * (null when the case had already completed); `nextStepKey` where the flow goes on from it (null when the
 * case completes with it, or had already completed).
 */
export interface HistoricalStepRecorded {
  type: 'HistoricalStepRecorded';
  data: {
    caseId: string;
    stepKey: string;
    procedureIndex: number;
    stepNo: number;
    executedBy: HistoricalExecutor;
    startedAt: IsoInstant | null;
    completedAt: IsoInstant;
    kelengkapan: KelengkapanCheck;
    output: string;
    outputProduced: boolean;
    documentRef: string | null;
    decision: DecisionAnswer | null;
    expectedStepKey: string | null;
    nextStepKey: string | null;
    source: string;
    recordedBy: ActorRef;
    recordedAt: IsoInstant;
  };
}

export type CaseEvent =
  | CaseStarted
  | StepStarted
  | StepCompleted
  | DecisionTaken
  | CaseLoopedBack
  | CaseCompleted
  | CaseCancelled
  | HistoricalStepRecorded;

export type CaseEventType = CaseEvent['type'];

export const CASE_EVENT_TYPES: readonly CaseEventType[] = [
  'CaseStarted',
  'StepStarted',
  'StepCompleted',
  'DecisionTaken',
  'CaseLoopedBack',
  'CaseCompleted',
  'CaseCancelled',
  'HistoricalStepRecorded',
];

/**
 * The case event types with their schema versions: the command pipeline writes and reads through
 * it, so do the projections; an unknown type or version fails on load. A changed shape bumps the
 * version and adds `case.upcasters.ts` (docs/architecture.md, "Event versions").
 */
export const caseEventTypes = new EventTypeRegistry<CaseEvent>('kasus')
  .register('CaseStarted', { version: 1 })
  .register('StepStarted', { version: 1 })
  .register('StepCompleted', { version: 1 })
  .register('DecisionTaken', { version: 1 })
  .register('CaseLoopedBack', { version: 1 })
  .register('CaseCompleted', { version: 1 })
  .register('CaseCancelled', { version: 1 })
  .register('HistoricalStepRecorded', { version: 1 });
