import { EventTypeRegistry } from '@jejak/domain-kit';
import type { CaseCancelledV1, CaseDecisionTakenV1, CaseOpenedV1, CaseStepCompletedV1, CaseStepStartedV1 } from '@jejak/contracts';

/**
 * Application facts recorded in a letter's own stream, in the same append as the letter facts they
 * follow from, so the SOP case facts are exactly as durable as the letter facts (no second write
 * to lose) and never change when a dinas later edits its flow configuration.
 */
export type CaseFact =
  | { fact: 'opened'; data: CaseOpenedV1 }
  | { fact: 'step-started'; data: CaseStepStartedV1 }
  | { fact: 'step-completed'; data: CaseStepCompletedV1 }
  | { fact: 'decision-taken'; data: CaseDecisionTakenV1 }
  | { fact: 'cancelled'; data: CaseCancelledV1 };

export type LetterFlowEvent =
  /** The letter joined an SOP case: it opened it (`opened`) or advances it. */
  | { type: 'LetterFlowAssigned'; data: { letterId: string; flow: string; caseId: string; opened: boolean; at: string } }
  /** One SOP case step fact, published as `jejak.case.*.v1`. `rule` is the flow rule that fired (once per letter). */
  | { type: 'SopCaseFactRecorded'; data: CaseFact & { letterId: string; flow: string; rule: string } };

export const LETTER_FLOW_EVENT_TYPES: readonly string[] = ['LetterFlowAssigned', 'SopCaseFactRecorded'];

export const isLetterFlowEventType = (type: string): boolean => LETTER_FLOW_EVENT_TYPES.includes(type);

export const isLetterFlowEvent = (event: { type: string }): event is LetterFlowEvent => isLetterFlowEventType(event.type);

/**
 * Adds the flow facts' types, with their schema versions, to a letter stream's registry (beside the
 * letter's own types): written through the pipeline's `also`, read back through the same registry.
 */
export function registerLetterFlowEventTypes<Other extends { type: string; data: unknown }>(
  registry: EventTypeRegistry<LetterFlowEvent | Other>,
): EventTypeRegistry<LetterFlowEvent | Other> {
  (registry as unknown as EventTypeRegistry<LetterFlowEvent>)
    .register('LetterFlowAssigned', { version: 1 })
    .register('SopCaseFactRecorded', { version: 1 });
  return registry;
}

/** The flow facts alone (the outbox mapping reads `SopCaseFactRecorded` through it). */
export const letterFlowEventTypes: EventTypeRegistry<LetterFlowEvent> = registerLetterFlowEventTypes<LetterFlowEvent>(new EventTypeRegistry<LetterFlowEvent>('alur surat'));
