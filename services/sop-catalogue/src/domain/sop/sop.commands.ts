import type { SopContent } from '@jejak/contracts';
import type { IsoDate, IsoInstant, SopApprover, SopIssuer, SopOrigin } from './sop.events';

/**
 * Commands to the SOP aggregate. `at` is the injected clock's reading, `sopId` (drafting only) comes from the
 * injected id generator; the decider never reads either on its own. `version` names the version the user acts on.
 */
export interface DraftSop {
  type: 'DraftSop';
  sopId: string;
  issuer: SopIssuer;
  content: SopContent;
  origin: SopOrigin;
  at: IsoInstant;
}

export interface EditSopDraft {
  type: 'EditSopDraft';
  version: number;
  content: SopContent;
  at: IsoInstant;
}

export interface SubmitSopForApproval {
  type: 'SubmitSopForApproval';
  version: number;
  at: IsoInstant;
}

export interface RejectSopApproval {
  type: 'RejectSopApproval';
  version: number;
  reason: string;
  at: IsoInstant;
}

export interface ApproveSop {
  type: 'ApproveSop';
  version: number;
  approver: SopApprover;
  at: IsoInstant;
}

export interface MakeSopEffective {
  type: 'MakeSopEffective';
  version: number;
  effectiveFrom: IsoDate;
  at: IsoInstant;
}

export interface ReviseSop {
  type: 'ReviseSop';
  at: IsoInstant;
}

export interface RetireSop {
  type: 'RetireSop';
  retiredFrom: IsoDate;
  reason: string;
  at: IsoInstant;
}

export type SopCommand =
  | DraftSop
  | EditSopDraft
  | SubmitSopForApproval
  | RejectSopApproval
  | ApproveSop
  | MakeSopEffective
  | ReviseSop
  | RetireSop;
