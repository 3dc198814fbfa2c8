import { assertNever } from '@jejak/domain-kit';
import type { ExternalEvidence } from '../case/case.commands';
import type { CaseEvent } from '../case/case.events';
import type { CaseLanes } from '../case/case-lanes';
import type { DecisionAnswer } from '../flow/sop-flow';
import { JABATAN_OF_ROLE } from '../case/case-jabatan';
import type { ActorRef, PlatformRole } from '../roles/platform-role';
import type { IsoInstant } from '../time';

/** One execution of a step (a step runs again after a loop back), live or from paper. */
export interface StepExecutionFact {
  /** Order in which the execution was recorded, from 1. */
  seq: number;
  stepKey: string;
  origin: 'live' | 'historical';
  /** Who executed it: name and jabatan as the token had them (live), or as the paper record names them (null when absent). */
  actor: { userId: string | null; role: PlatformRole | null; name: string | null; jabatan: string | null };
  startedAt: IsoInstant | null;
  /** null while the step is in progress. */
  completedAt: IsoInstant | null;
  decision: DecisionAnswer | null;
  decidedAt: IsoInstant | null;
  /** null while the step is in progress. */
  kelengkapanChecked: string[] | null;
  outputProduced: boolean | null;
  documentRef: string | null;
  /** For an outside party's step recorded on its behalf: the parties (lanes) and the evidence; null for the dinas's own steps. */
  external: { lanes: string[]; evidence: ExternalEvidence | null } | null;
}

export type CasePhase = 'ready' | 'in_progress' | 'awaiting_decision';

/** Where an open case stands: the step, since when it was available and, once started, when. */
export interface CaseCurrentStep {
  stepKey: string;
  phase: CasePhase;
  readySince: IsoInstant;
  startedAt: IsoInstant | null;
}

/** What compliance needs of one case, folded from its events (a projection may store exactly this). */
export interface CaseFacts {
  caseId: string;
  sopId: string;
  version: number;
  procedureIndexes: number[];
  origin: 'live' | 'historical';
  startedAt: IsoInstant;
  status: 'open' | 'completed' | 'cancelled';
  completedAt: IsoInstant | null;
  cancelledAt: IsoInstant | null;
  /** Step the case stood at when cancelled. */
  cancelledAtStepKey: string | null;
  reworkLoops: number;
  executions: StepExecutionFact[];
  current: CaseCurrentStep | null;
  /** The case's team lanes with their members, and the lanes it declared external. */
  lanes: CaseLanes;
}

/** Events recorded before the jabatan was kept name the role only: its jabatan is the role's label. */
const liveActor = (actor: ActorRef): StepExecutionFact['actor'] => ({
  userId: actor.userId,
  role: actor.role,
  name: actor.name ?? null,
  jabatan: actor.jabatan ?? JABATAN_OF_ROLE[actor.role],
});

const lastOpen = (executions: StepExecutionFact[], stepKey: string, open: (e: StepExecutionFact) => boolean) =>
  [...executions].reverse().find((e) => e.stepKey === stepKey && open(e));

function apply(facts: CaseFacts, event: Exclude<CaseEvent, { type: 'CaseStarted' }>): CaseFacts {
  const executions = facts.executions;
  switch (event.type) {
    case 'StepStarted': {
      const d = event.data;
      executions.push({
        seq: executions.length + 1,
        stepKey: d.stepKey,
        origin: 'live',
        actor: liveActor(d.actor),
        startedAt: d.startedAt,
        completedAt: null,
        decision: null,
        decidedAt: null,
        kelengkapanChecked: null,
        outputProduced: null,
        documentRef: null,
        external: d.onBehalfOf ? { lanes: [...d.onBehalfOf], evidence: null } : null,
      });
      const readySince = facts.current?.readySince ?? d.startedAt;
      return { ...facts, current: { stepKey: d.stepKey, phase: 'in_progress', readySince, startedAt: d.startedAt } };
    }
    case 'StepCompleted': {
      const d = event.data;
      const execution = lastOpen(executions, d.stepKey, (e) => e.completedAt === null);
      if (execution) {
        execution.completedAt = d.completedAt;
        execution.kelengkapanChecked = [...d.kelengkapan.checked];
        execution.outputProduced = d.outputProduced;
        execution.documentRef = d.documentRef;
        execution.actor = liveActor(d.actor);
        if (d.onBehalfOf) execution.external = { lanes: [...d.onBehalfOf], evidence: d.evidence ? { ...d.evidence } : null };
      }
      if (d.awaitingDecision) {
        const current = facts.current ?? { stepKey: d.stepKey, readySince: d.startedAt, startedAt: d.startedAt, phase: 'in_progress' as const };
        return { ...facts, current: { ...current, phase: 'awaiting_decision' } };
      }
      return { ...facts, current: d.nextStepKey === null ? null : { stepKey: d.nextStepKey, phase: 'ready', readySince: d.completedAt, startedAt: null } };
    }
    case 'DecisionTaken': {
      const d = event.data;
      const execution = lastOpen(executions, d.stepKey, (e) => e.decidedAt === null);
      if (execution) {
        execution.decision = d.answer;
        execution.decidedAt = d.decidedAt;
      }
      return { ...facts, current: d.nextStepKey === null ? null : { stepKey: d.nextStepKey, phase: 'ready', readySince: d.decidedAt, startedAt: null } };
    }
    case 'CaseLoopedBack':
      return { ...facts, reworkLoops: event.data.reworkCount };
    case 'CaseCompleted':
      return { ...facts, status: 'completed', completedAt: event.data.completedAt, current: null };
    case 'CaseCancelled':
      return { ...facts, status: 'cancelled', cancelledAt: event.data.cancelledAt, cancelledAtStepKey: event.data.atStepKey, current: null };
    case 'HistoricalStepRecorded': {
      const d = event.data;
      executions.push({
        seq: executions.length + 1,
        stepKey: d.stepKey,
        origin: 'historical',
        actor: { ...d.executedBy, jabatan: d.executedBy.role === null ? null : JABATAN_OF_ROLE[d.executedBy.role] },
        startedAt: d.startedAt,
        completedAt: d.completedAt,
        decision: d.decision,
        decidedAt: d.completedAt,
        kelengkapanChecked: [...d.kelengkapan.checked],
        outputProduced: d.outputProduced,
        documentRef: d.documentRef,
        external: null,
      });
      if (d.expectedStepKey === null) return facts;
      return { ...facts, current: d.nextStepKey === null ? null : { stepKey: d.nextStepKey, phase: 'ready', readySince: d.completedAt, startedAt: null } };
    }
    default:
      return assertNever(event, 'case event');
  }
}

/** Folds a case's events (its whole stream, in order) into its facts. */
export function caseFactsFrom(events: readonly CaseEvent[]): CaseFacts {
  const [first, ...rest] = events;
  if (!first || first.type !== 'CaseStarted') throw new Error('a case stream starts with CaseStarted');
  const d = first.data;
  let facts: CaseFacts = {
    caseId: d.caseId,
    sopId: d.sopId,
    version: d.version,
    procedureIndexes: [...d.procedureIndexes],
    origin: d.origin,
    startedAt: d.startedAt,
    status: 'open',
    completedAt: null,
    cancelledAt: null,
    cancelledAtStepKey: null,
    reworkLoops: 0,
    executions: [],
    current: { stepKey: d.firstStepKey, phase: 'ready', readySince: d.startedAt, startedAt: null },
    lanes: { teams: d.teams ?? [], externalLanes: d.externalLanes ?? [] },
  };
  for (const event of rest) {
    if (event.type === 'CaseStarted') continue;
    facts = apply(facts, event);
  }
  return facts;
}
