import type { SopContent } from '@jejak/contracts';
import type { CaseCommand, RecordHistoricalStep, StartCase } from '../case/case.commands';
import type { DecisionAnswer } from '../flow/sop-flow';
import type { Actor, PlatformRole } from '../roles/platform-role';
import { staf } from './actors.fixture';
import { SOP_ID, wib } from './case-events.builder';
import { skPanitiaSop } from './sop.fixtures';

const kelengkapanOf = (content: SopContent, key: string): string[] => {
  const [p, n] = key.split('.').map(Number);
  return [...(content.procedures[p - 1].steps.find((s) => s.no === n)?.mutuBaku.kelengkapan ?? [])];
};

export function startCase(caseId: string, at: string, overrides: Partial<StartCase> = {}): StartCase {
  return {
    type: 'StartCase',
    caseId,
    sop: { sopId: SOP_ID, version: 2, content: skPanitiaSop() },
    procedureIndex: null,
    origin: { kind: 'live' },
    actor: staf,
    at,
    ...overrides,
  };
}

export const startHistoricalCase = (caseId: string, startedAt: string, recordedAt = wib('2025-06-02T08:00')): StartCase =>
  startCase(caseId, recordedAt, { origin: { kind: 'historical', startedAt, source: 'Buku Agenda 2025' } });

interface LiveOptions {
  decision?: { answer: DecisionAnswer; at: string };
  kelengkapanChecked?: string[];
  outputProduced?: boolean;
  content?: SopContent;
}

/** StartStep + CompleteStep (+ TakeDecision) of one step done live. */
export function liveStep(stepKey: string, actor: Actor, startAt: string, completeAt: string, options: LiveOptions = {}): CaseCommand[] {
  const content = options.content ?? skPanitiaSop();
  const commands: CaseCommand[] = [
    { type: 'StartStep', stepKey, actor, at: startAt },
    {
      type: 'CompleteStep',
      stepKey,
      kelengkapanChecked: options.kelengkapanChecked ?? kelengkapanOf(content, stepKey),
      outputProduced: options.outputProduced ?? true,
      documentRef: null,
      actor,
      at: completeAt,
    },
  ];
  if (options.decision) commands.push({ type: 'TakeDecision', stepKey, answer: options.decision.answer, actor, at: options.decision.at });
  return commands;
}

/** A step copied from a paper agenda book. */
export function paperStep(
  stepKey: string,
  role: PlatformRole | null,
  completedAt: string,
  overrides: Partial<RecordHistoricalStep> = {},
  recordedAt = wib('2025-06-02T08:00'),
): RecordHistoricalStep {
  return {
    type: 'RecordHistoricalStep',
    stepKey,
    executedBy: { userId: null, role, name: null },
    startedAt: null,
    completedAt,
    kelengkapanChecked: kelengkapanOf(skPanitiaSop(), stepKey),
    outputProduced: true,
    documentRef: null,
    decision: null,
    source: 'Buku Agenda 2025 hlm. 4',
    actor: staf,
    at: recordedAt,
    ...overrides,
  };
}
