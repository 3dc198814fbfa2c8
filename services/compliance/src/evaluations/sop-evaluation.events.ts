import type { EvaluationAnswer } from '../domain';

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

export const EVALUATION_EVENT_TYPES: readonly string[] = ['SopEvaluationAnswered'];

/** One stream per evaluation form: dinas, SOP version and period. */
export const sopEvaluationStream = (tenant: string, sopId: string, version: number, dari: string, sampai: string): string =>
  `evaluation-${tenant}-${sopId}-v${version}-${dari}-${sampai}`;
