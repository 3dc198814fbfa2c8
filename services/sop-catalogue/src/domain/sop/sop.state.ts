import type { SopContent } from '@jejak/contracts';
import type { IsoDate, IsoInstant, PaperApproval, SopApprover, SopDraftProposal, SopIssuer, SopOrigin, SopProposalStatus } from './sop.events';

/** Approved in Jejak by the user `approvedBy`. */
export interface JejakApproval {
  approvedBy: SopApprover;
  approvedAt: IsoInstant;
  onPaper?: undefined;
}
/** Approved on paper before Jejak (`onPaper`); nobody approved it in Jejak, `approvedAt` is when it was registered. */
export interface OnPaperApproval {
  approvedBy: null;
  approvedAt: IsoInstant;
  onPaper: PaperApproval;
}
export type SopApproval = JejakApproval | OnPaperApproval;

/** A proposal of the importer with what a person decided about it. */
export interface SopProposalState extends SopDraftProposal {
  status: SopProposalStatus;
}

interface VersionBase {
  version: number;
  content: SopContent;
  /** The effective version this one was copied from; null for version 1. */
  basedOnVersion: number | null;
  /** The importer's proposals for this version (absent when there were none). */
  proposals?: SopProposalState[];
}

/** Being written; the only stage whose content can change. */
export interface DraftVersion extends VersionBase {
  stage: 'draft';
}
/** Waiting for the pengesah: locked until approved or sent back. */
export interface SubmittedVersion extends VersionBase {
  stage: 'submitted';
  submittedAt: IsoInstant;
}
/** Signed off; waits for its effective date to be set. */
export interface ApprovedVersion extends VersionBase {
  stage: 'approved';
  approval: SopApproval;
}
/** The version in force from `effectiveFrom`, until a later version or a retirement ends it. */
export interface EffectiveVersion extends VersionBase {
  stage: 'effective';
  approval: SopApproval;
  effectiveFrom: IsoDate;
}
/** Was in force from `effectiveFrom` up to (excluding) `effectiveUntil`, when `supersededBy` took over. */
export interface SupersededVersion extends VersionBase {
  stage: 'superseded';
  approval: SopApproval;
  effectiveFrom: IsoDate;
  effectiveUntil: IsoDate;
  supersededBy: number;
}
/** Was in force until the SOP was retired (`effectiveUntil` = the retirement date, exclusive). */
export interface RetiredVersion extends VersionBase {
  stage: 'retired';
  approval: SopApproval;
  effectiveFrom: IsoDate;
  effectiveUntil: IsoDate;
}
/** A draft left unfinished when the SOP was retired. */
export interface AbandonedVersion extends VersionBase {
  stage: 'abandoned';
  abandonedAt: IsoInstant;
}

export type SopVersionState =
  | DraftVersion
  | SubmittedVersion
  | ApprovedVersion
  | EffectiveVersion
  | SupersededVersion
  | RetiredVersion
  | AbandonedVersion;

export type SopVersionStage = SopVersionState['stage'];

/** Versions that were (or are) in force: they carry an effective period and never change. */
export type InForceVersion = EffectiveVersion | SupersededVersion | RetiredVersion;
/** The one version that may be worked on: at most one at a time. */
export type OpenVersion = DraftVersion | SubmittedVersion | ApprovedVersion;

interface SopBase {
  sopId: string;
  issuer: SopIssuer;
  origin: SopOrigin;
  /** `versions[n - 1]` is version n. */
  versions: SopVersionState[];
  draftedAt: IsoInstant;
}

export interface NoSop {
  stage: 'none';
}
export interface ActiveSop extends SopBase {
  stage: 'active';
}
export interface RetiredSop extends SopBase {
  stage: 'retired';
  retiredFrom: IsoDate;
  reason: string;
}

export type SopState = NoSop | ActiveSop | RetiredSop;

export const initialSopState = (): SopState => ({ stage: 'none' });

export function isOpenVersion(version: SopVersionState): version is OpenVersion {
  return version.stage === 'draft' || version.stage === 'submitted' || version.stage === 'approved';
}

export function isInForceVersion(version: SopVersionState): version is InForceVersion {
  return version.stage === 'effective' || version.stage === 'superseded' || version.stage === 'retired';
}

/** The version being worked on, if any. */
export function openVersion(state: ActiveSop | RetiredSop): OpenVersion | null {
  return state.versions.find(isOpenVersion) ?? null;
}

/** The latest version that was made effective (its date may still be ahead), if any. */
export function latestInForceVersion(state: ActiveSop | RetiredSop): InForceVersion | null {
  const inForce = state.versions.filter(isInForceVersion);
  return inForce.length === 0 ? null : inForce[inForce.length - 1];
}

/** The version in force on a calendar date (`YYYY-MM-DD`), or null. */
export function versionInForceOn(state: SopState, date: IsoDate): InForceVersion | null {
  if (state.stage === 'none') return null;
  for (const version of state.versions) {
    if (!isInForceVersion(version)) continue;
    const until = version.stage === 'effective' ? null : version.effectiveUntil;
    if (version.effectiveFrom <= date && (until === null || date < until)) return version;
  }
  return null;
}
