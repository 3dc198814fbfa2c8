import { stepKey, type SopContent, type SopStep } from '@jejak/contracts';
import { illegalState, validationError } from '@jejak/domain-kit';
import { CaseErrorCode } from '../case/case-error.codes';

export type DecisionAnswer = 'ya' | 'tidak';
export const DECISION_ANSWERS: readonly DecisionAnswer[] = ['ya', 'tidak'];

/** One step of the flow, in document order across the case's procedures. */
export interface FlowStep {
  key: string;
  procedureIndex: number;
  procedureName: string;
  /** Position in the flattened flow, from 0. */
  index: number;
  step: SopStep;
}

/**
 * The SOP's flowchart as the case runs it: the steps of the chosen procedures in document order.
 *
 * Successors:
 * - a process step goes to the next step in order; after the last step the case ends (`null`);
 * - a decision goes on "ya" to the step it names, or to the next step in order when it names none;
 *   on "tidak" to the step it names.
 * A branch that names no step (a "tidak" without target, or a "ya" without target on the last step) is
 * MISSING, never the end: `branch` says so and the case refuses the answer (`DECISION_BRANCH_MISSING`).
 * `next` and `successors` (read by the conformance replay of recorded history) give `null` for it.
 * A move to a step at or before the deciding step is a loop back (rework).
 */
/** Where a step leads: another step, the end of the flowchart (after the last process step), or nowhere known. */
export type FlowBranch = { kind: 'step'; key: string } | { kind: 'end' } | { kind: 'missing'; answer: DecisionAnswer };

export interface SopFlow {
  steps: FlowStep[];
  first: FlowStep;
  get(key: string): FlowStep | undefined;
  /** Where the step leads on `answer` (ignored for a process step); a decision's absent branch is `missing`. */
  branch(key: string, answer: DecisionAnswer | null): FlowBranch;
  next(key: string, answer: DecisionAnswer | null): string | null;
  /** Every step a step may go to (both branches of a decision); `null` is the end. */
  successors(key: string): Array<string | null>;
  isLoopBack(from: string, to: string | null): boolean;
}

/**
 * Builds the flow of `procedureIndexes` (0-based, in document order; all procedures when null).
 * Refuses an SOP without steps, an unknown procedure, and a decision branch naming a step that does not exist.
 */
export function buildSopFlow(content: SopContent, procedureIndexes: readonly number[] | null = null): SopFlow {
  const chosen = procedureIndexes ?? content.procedures.map((_, i) => i);
  for (const index of chosen) {
    if (!Number.isInteger(index) || index < 0 || index >= content.procedures.length) {
      throw validationError(CaseErrorCode.ProcedureUnknown, `the SOP has no procedure ${index} (it has ${content.procedures.length})`, [
        { field: 'procedureIndex', message: `must be 0..${content.procedures.length - 1}` },
      ]);
    }
  }
  const ordered = [...new Set(chosen)].sort((a, b) => a - b);
  const steps: FlowStep[] = [];
  for (const procedureIndex of ordered) {
    const procedure = content.procedures[procedureIndex];
    for (const step of procedure.steps) {
      steps.push({ key: stepKey(procedureIndex, step.no), procedureIndex, procedureName: procedure.name, index: steps.length, step });
    }
  }
  if (steps.length === 0) throw validationError(CaseErrorCode.SopWithoutSteps, 'the SOP has no steps to run', [{ field: 'procedures', message: 'no steps' }]);
  const byKey = new Map(steps.map((s) => [s.key, s]));

  for (const s of steps) {
    if (!s.step.decision) continue;
    for (const answer of DECISION_ANSWERS) {
      const target = s.step.decision[answer];
      if (target !== null && !byKey.has(stepKey(s.procedureIndex, target))) {
        throw illegalState(CaseErrorCode.DecisionTargetUnknown, `step ${s.key}: the "${answer}" branch names step ${target}, which does not exist`, [
          { field: `procedures[${s.procedureIndex}].steps[${s.index}].decision.${answer}`, message: `no step ${target}` },
        ]);
      }
    }
  }

  const following = (s: FlowStep): string | null => steps[s.index + 1]?.key ?? null;
  const branch = (s: FlowStep, answer: DecisionAnswer): string | null => {
    const target = s.step.decision?.[answer] ?? null;
    if (target !== null) return stepKey(s.procedureIndex, target);
    return answer === 'ya' ? following(s) : null;
  };
  const get = (key: string) => byKey.get(key);
  const must = (key: string): FlowStep => {
    const s = byKey.get(key);
    if (!s) throw validationError(CaseErrorCode.StepUnknown, `the case's SOP has no step ${key}`, [{ field: 'stepKey', message: `unknown step ${key}` }]);
    return s;
  };

  return {
    steps,
    first: steps[0],
    get,
    branch(key, answer) {
      const s = must(key);
      if (s.step.decision === null) {
        const next = following(s);
        return next === null ? { kind: 'end' } : { kind: 'step', key: next };
      }
      const chosen = answer ?? 'ya';
      const next = branch(s, chosen);
      return next === null ? { kind: 'missing', answer: chosen } : { kind: 'step', key: next };
    },
    next(key, answer) {
      const s = must(key);
      if (s.step.decision === null) return following(s);
      return branch(s, answer ?? 'ya');
    },
    successors(key) {
      const s = must(key);
      if (s.step.decision === null) return [following(s)];
      return [...new Set(DECISION_ANSWERS.map((a) => branch(s, a)))];
    },
    isLoopBack(from, to) {
      if (to === null) return false;
      return must(to).index <= must(from).index;
    },
  };
}
