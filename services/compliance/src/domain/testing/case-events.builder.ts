import { JABATAN_OF_ROLE } from '../case/case-jabatan';
import type { SopContent } from '@jejak/contracts';
import type {
  CaseCancelled,
  CaseCompleted,
  CaseLoopedBack,
  CaseStarted,
  DecisionTaken,
  HistoricalStepRecorded,
  KelengkapanCheck,
  StepCompleted,
  StepStarted,
} from '../case/case.events';
import type { DecisionAnswer } from '../flow/sop-flow';
import type { ActorRef } from '../roles/platform-role';
import { skPanitiaSop } from './sop.fixtures';

export const CASE_ID = 'case-0001';
export const SOP_ID = 'sop-kalbar-sk-panitia';

/** Instant from a WIB wall-clock time: `wib('2025-03-03T10:00')`. */
export const wib = (local: string): string => new Date(`${local}:00+07:00`).toISOString();

/** The actor as the decider records it: the role and its jabatan. */
export const ref = (userId: string, role: ActorRef['role']): ActorRef => ({ userId, role, jabatan: JABATAN_OF_ROLE[role] });

const stepOf = (content: SopContent, key: string) => {
  const [p, n] = key.split('.').map(Number);
  const step = content.procedures[p - 1].steps.find((s) => s.no === n);
  if (!step) throw new Error(`fixture has no step ${key}`);
  return { procedureIndex: p - 1, step };
};

export function caseStarted(at: string, overrides: Partial<CaseStarted['data']> = {}): CaseStarted {
  const content = overrides.content ?? skPanitiaSop();
  return {
    type: 'CaseStarted',
    data: {
      caseId: CASE_ID,
      sopId: SOP_ID,
      version: 2,
      content,
      procedureIndexes: content.procedures.map((_, i) => i),
      firstStepKey: '1.1',
      startedBy: ref('u-staf', 'STAF'),
      startedAt: at,
      recordedAt: at,
      origin: 'live',
      source: null,
      ...overrides,
    },
  };
}

export function stepStarted(stepKey: string, actor: ActorRef, at: string, content: SopContent = skPanitiaSop()): StepStarted {
  const { procedureIndex, step } = stepOf(content, stepKey);
  return { type: 'StepStarted', data: { caseId: CASE_ID, stepKey, procedureIndex, stepNo: step.no, actor, startedAt: at } };
}

export const allChecked = (content: SopContent, stepKey: string): KelengkapanCheck => {
  const required = stepOf(content, stepKey).step.mutuBaku.kelengkapan;
  return { required: [...required], checked: [...required], missing: [] };
};

export function stepCompleted(
  stepKey: string,
  actor: ActorRef,
  startedAt: string,
  completedAt: string,
  next: { nextStepKey: string | null; awaitingDecision?: boolean },
  overrides: Partial<StepCompleted['data']> = {},
  content: SopContent = skPanitiaSop(),
): StepCompleted {
  const { procedureIndex, step } = stepOf(content, stepKey);
  return {
    type: 'StepCompleted',
    data: {
      caseId: CASE_ID,
      stepKey,
      procedureIndex,
      stepNo: step.no,
      actor,
      startedAt,
      completedAt,
      kelengkapan: allChecked(content, stepKey),
      output: step.mutuBaku.output,
      outputProduced: true,
      documentRef: null,
      awaitingDecision: next.awaitingDecision ?? false,
      nextStepKey: next.nextStepKey,
      ...overrides,
    },
  };
}

export function decisionTaken(stepKey: string, answer: DecisionAnswer, actor: ActorRef, at: string, nextStepKey: string | null, content: SopContent = skPanitiaSop()): DecisionTaken {
  const question = stepOf(content, stepKey).step.decision?.question ?? '';
  return { type: 'DecisionTaken', data: { caseId: CASE_ID, stepKey, question, answer, actor, decidedAt: at, nextStepKey } };
}

export const caseLoopedBack = (fromStepKey: string, toStepKey: string, reworkCount: number, at: string): CaseLoopedBack => ({
  type: 'CaseLoopedBack',
  data: { caseId: CASE_ID, fromStepKey, toStepKey, answer: 'tidak', reworkCount, at },
});

export const caseCompleted = (lastStepKey: string, completedAt: string, reworkCount = 0): CaseCompleted => ({
  type: 'CaseCompleted',
  data: { caseId: CASE_ID, lastStepKey, reworkCount, completedAt },
});

export const caseCancelled = (reason: string, actor: ActorRef, at: string, atStepKey: string | null): CaseCancelled => ({
  type: 'CaseCancelled',
  data: { caseId: CASE_ID, reason, actor, cancelledAt: at, atStepKey },
});

export function historicalStepRecorded(
  stepKey: string,
  overrides: Partial<HistoricalStepRecorded['data']> & Pick<HistoricalStepRecorded['data'], 'completedAt' | 'recordedAt' | 'nextStepKey' | 'expectedStepKey'>,
  content: SopContent = skPanitiaSop(),
): HistoricalStepRecorded {
  const { procedureIndex, step } = stepOf(content, stepKey);
  return {
    type: 'HistoricalStepRecorded',
    data: {
      caseId: CASE_ID,
      stepKey,
      procedureIndex,
      stepNo: step.no,
      executedBy: { userId: null, role: null, name: null },
      startedAt: null,
      kelengkapan: allChecked(content, stepKey),
      output: step.mutuBaku.output,
      outputProduced: true,
      documentRef: null,
      decision: null,
      source: 'Buku Agenda 2024',
      recordedBy: ref('u-staf', 'STAF'),
      ...overrides,
    },
  };
}
