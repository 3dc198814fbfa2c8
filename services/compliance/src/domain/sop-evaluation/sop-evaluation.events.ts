import { EventTypeRegistry } from '@jejak/domain-kit';
import type { EvaluationAnswer } from '../reports/evaluation-form';

/** An evaluator answered the SOP AP evaluation form of one SOP version for one period (replacing earlier answers). */
export interface SopEvaluationAnswered {
  type: 'SopEvaluationAnswered';
  data: {
    tenant: string;
    sopId: string;
    version: number;
    dari: string;
    sampai: string;
    /** By criterion id (see `DEFAULT_EVALUATION_CRITERIA`). */
    answers: Record<string, EvaluationAnswer>;
    answeredBy: { userId: string; name: string; role: string };
    answeredAt: string;
  };
}

export type SopEvaluationEvent = SopEvaluationAnswered;

/**
 * The SOP evaluation event types with their schema versions: the command pipeline writes and reads through
 * it, so do the projections; an unknown type or version fails on load. A changed shape bumps the
 * version and adds `sop-evaluation.upcasters.ts` (docs/architecture.md, "Event versions").
 */
export const sopEvaluationEventTypes = new EventTypeRegistry<SopEvaluationEvent>('evaluasi SOP').register('SopEvaluationAnswered', { version: 1 });

export const EVALUATION_EVENT_TYPES: readonly string[] = ['SopEvaluationAnswered'];

/** The id of one evaluation form (its stream is `evaluation-<id>`): dinas, SOP version and period. */
export const sopEvaluationId = (tenant: string, sopId: string, version: number, dari: string, sampai: string): string =>
  `${tenant}-${sopId}-v${version}-${dari}-${sampai}`;
