import type { SopContent } from '@jejak/contracts';
import type { IsoDate, IsoInstant, PaperSigner, ScannedOriginal, SopApprover, SopDraftProposal, SopIssuer, SopOrigin } from './sop.events';

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
  /** The importer's proposals, recorded with the draft (`SopProposalsRecorded`) when there are any. */
  proposals?: SopDraftProposal[];
  at: IsoInstant;
}

/** Confirms (writes into the step) or rejects one proposal of the draft `version`. */
export interface DecideSopProposal {
  type: 'ConfirmSopProposal' | 'RejectSopProposal';
  version: number;
  proposalId: string;
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

/**
 * Registers the draft `version` as approved and in force on paper: signed by `signedBy` on `approvedOn`,
 * effective from `effectiveFrom`, the scanned original at `original`. `today` is the dinas's calendar date at `at`
 * (neither date may lie after it).
 */
export interface RegisterSopInForceOnPaper {
  type: 'RegisterSopInForceOnPaper';
  version: number;
  signedBy: PaperSigner;
  approvedOn: IsoDate;
  effectiveFrom: IsoDate;
  original: ScannedOriginal;
  today: IsoDate;
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
  | DecideSopProposal
  | SubmitSopForApproval
  | RejectSopApproval
  | ApproveSop
  | RegisterSopInForceOnPaper
  | MakeSopEffective
  | ReviseSop
  | RetireSop;
