/**
 * A case fact the case could not take (the SOP has no such step, the case was already cancelled, ...), recorded on
 * the case's facts stream so the process manager does not try it again and administrators can see why.
 */
export interface CaseFactRejected {
  type: 'CaseFactRejected';
  data: { caseId: string; factId: string; code: string; message: string };
}

export const CASE_FACT_REJECTED = 'CaseFactRejected';
