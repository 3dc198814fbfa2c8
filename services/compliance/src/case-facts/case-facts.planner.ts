import type { CaseActorV1, CaseCancelledV1, CaseDecisionTakenV1, CaseOpenedV1, CaseStepCompletedV1, CaseStepStartedV1 } from '@jejak/contracts';

/** A case fact as recorded in compliance's log (`casefacts-<caseId>`). */
export interface RecordedCaseFact {
  id: string;
  type: string;
  /** The publishing service, e.g. `/jejak/letters`. */
  source: string;
  payload: unknown;
}

/** One step as the publishing service ran it, complete once its completion (and, for a decision, its answer) is known. */
export interface PlannedStep {
  kind: 'step';
  /** The fact that completed the step: the case command is applied once per trigger. */
  factId: string;
  stepKey: string;
  actor: CaseActorV1;
  startedAt: string | null;
  completedAt: string;
  kelengkapan: string[];
  output: string;
  documentRef: string | null;
  decision: 'ya' | 'tidak' | null;
}

export type PlannedCaseCommand =
  | { kind: 'open'; factId: string; source: string; opened: CaseOpenedV1 }
  | PlannedStep
  | { kind: 'cancel'; factId: string; cancelled: CaseCancelledV1 };

/**
 * Turns a case's facts, in the order they were recorded, into the case commands they amount to. Pure, so running it
 * again over the same facts plans the same commands with the same triggers (the process manager skips the ones the
 * case already took). A step is planned when it completes; a decision step when its answer arrives too (the case must
 * know where the flow goes on). A start without completion waits; so does a completion of a decision step without its
 * answer. A decision reported without a completion is planned on its own: no kelengkapan, no output were reported.
 */
export function planCaseCommands(facts: readonly RecordedCaseFact[], isDecisionStep: (stepKey: string) => boolean): PlannedCaseCommand[] {
  const planned: PlannedCaseCommand[] = [];
  const startedAt = new Map<string, string>();
  const awaitingAnswer = new Map<string, CaseStepCompletedV1>();
  const step = (factId: string, stepKey: string, actor: CaseActorV1, completed: CaseStepCompletedV1 | null, at: string, decision: PlannedStep['decision']): PlannedStep => {
    const start = startedAt.get(stepKey) ?? null;
    startedAt.delete(stepKey);
    return {
      kind: 'step',
      factId,
      stepKey,
      actor: completed?.actor ?? actor,
      startedAt: start,
      // A decision step finishes with its answer, as a live decision step does.
      completedAt: decision !== null ? at : (completed?.at ?? at),
      kelengkapan: completed?.kelengkapan ?? [],
      output: completed?.output ?? '',
      documentRef: completed?.documentRef ?? null,
      decision,
    };
  };
  for (const fact of facts) {
    switch (fact.type) {
      case 'jejak.case.opened.v1':
        planned.push({ kind: 'open', factId: fact.id, source: fact.source, opened: fact.payload as CaseOpenedV1 });
        break;
      case 'jejak.case.step-started.v1': {
        const d = fact.payload as CaseStepStartedV1;
        startedAt.set(d.stepKey, d.at);
        break;
      }
      case 'jejak.case.step-completed.v1': {
        const d = fact.payload as CaseStepCompletedV1;
        if (isDecisionStep(d.stepKey)) awaitingAnswer.set(d.stepKey, d);
        else planned.push(step(fact.id, d.stepKey, d.actor, d, d.at, null));
        break;
      }
      case 'jejak.case.decision-taken.v1': {
        const d = fact.payload as CaseDecisionTakenV1;
        const completed = awaitingAnswer.get(d.stepKey) ?? null;
        awaitingAnswer.delete(d.stepKey);
        planned.push(step(fact.id, d.stepKey, d.actor, completed, d.at, d.decision));
        break;
      }
      case 'jejak.case.cancelled.v1':
        planned.push({ kind: 'cancel', factId: fact.id, cancelled: fact.payload as CaseCancelledV1 });
        break;
      default:
        break;
    }
  }
  return planned;
}
