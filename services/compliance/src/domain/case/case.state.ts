import type { SopContent } from '@jejak/contracts';
import type { ActorRef } from '../roles/platform-role';
import type { IsoInstant } from '../time';
import type { CaseLanes } from './case-lanes';

/** What every started case knows about itself. */
export interface CaseInfo {
  caseId: string;
  sopId: string;
  version: number;
  content: SopContent;
  procedureIndexes: number[];
  reworkCount: number;
  /** The case's team lanes (with members) and the lanes it declared external. */
  lanes: CaseLanes;
}

/**
 * The stages of a case:
 * - `ready`: `stepKey` is the step the flow expects next, available since `since`;
 * - `in_progress`: `stepKey` was started and not yet completed;
 * - `awaiting_decision`: the decision step `stepKey` is done and waits for "ya" / "tidak";
 * - `completed` / `cancelled`: closed.
 */
export type CaseState =
  | { stage: 'not_started' }
  | { stage: 'ready'; info: CaseInfo; stepKey: string; since: IsoInstant }
  | { stage: 'in_progress'; info: CaseInfo; stepKey: string; startedAt: IsoInstant; startedBy: ActorRef }
  | { stage: 'awaiting_decision'; info: CaseInfo; stepKey: string; completedAt: IsoInstant }
  | { stage: 'completed'; info: CaseInfo; completedAt: IsoInstant }
  | { stage: 'cancelled'; info: CaseInfo; cancelledAt: IsoInstant };

export type OpenCaseState = Extract<CaseState, { stage: 'ready' | 'in_progress' | 'awaiting_decision' }>;

export const initialCaseState = (): CaseState => ({ stage: 'not_started' });
