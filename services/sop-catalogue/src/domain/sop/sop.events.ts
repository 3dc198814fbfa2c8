import type { SopContent } from '@jejak/contracts';
import { EventTypeRegistry } from '@jejak/domain-kit';

/** A calendar date, `YYYY-MM-DD` (the dinas's local calendar). */
export type IsoDate = string;
/** An instant, ISO 8601 with offset (`2024-03-01T02:00:00.000Z`), taken from the injected clock. */
export type IsoInstant = string;

/** The dinas that issues the SOP: its Kemendagri region code and the unit (bidang / UPT / sekretariat). */
export interface SopIssuer {
  tenant: string;
  unit: string;
}

/** Where an imported SOP came from (filled by the SOP book importer, `@jejak/sop-import`). */
export interface SopImportSource {
  /** File name or URI of the imported document. */
  document: string;
  /** Where in the document the SOP was found (e.g. "5.2.9" or "halaman 12-14"); null for the whole document. */
  location: string | null;
  /** SHA-256 (hex) of the imported file; null when unknown. */
  sha256: string | null;
}

/** Something the importer could not read with confidence; kept with the draft so a person checks it. */
export interface SopImportWarning {
  code: string;
  message: string;
  /** Field path in the content, e.g. `procedures[0].steps[3].pelaksana`; null when about the whole document. */
  field: string | null;
}

export type SopOrigin =
  | { kind: 'scratch' }
  | { kind: 'import'; source: SopImportSource; warnings: SopImportWarning[] };

/**
 * The user who approves a version in Jejak. Approval is only accepted from the official the document names in
 * `identity.disahkanOleh` (see `pengesah.matcher.ts`), so the printed "Disahkan oleh" and the approving user agree.
 */
export interface SopApprover {
  userId: string;
  nama: string;
  nip: string | null;
  jabatan: string;
}

/** The official who signed an SOP on paper (typically a former Kepala Dinas): not a Jejak user. */
export interface PaperSigner {
  nama: string;
  /** Not every official is a PNS; null when the signature block has no NIP. */
  nip: string | null;
  jabatan: string;
}

/** Where the scanned signed original is: a reference string (archive number, file path) and/or a stored document id. */
export interface ScannedOriginal {
  reference: string | null;
  documentId: string | null;
}

/**
 * A version approved and in force on paper before it was registered in Jejak: who signed it, on which date
 * (the original approval date, a calendar date), and the scanned original. Nobody approved it in Jejak.
 */
export interface PaperApproval {
  signedBy: PaperSigner;
  approvedOn: IsoDate;
  original: ScannedOriginal;
}

/**
 * Something the importer read from the text but did not write into the content: the pelaksana of a step that has
 * none, or the "tidak" target of a decision that has none. A person confirms it (it is then written into the step)
 * or rejects it. `id` is stable within the version: `<kind>-<procedure from 1>.<step no>` (`tidak-1.7`).
 */
export interface SopDraftProposal {
  id: string;
  kind: 'pelaksana' | 'tidak';
  /** 1-based (sub-)procedure and the step's number in it (`stepKey`). */
  procedure: number;
  stepNo: number;
  /** 'pelaksana': role names as in the procedure's columns; 'tidak': the target step number. */
  value: string[] | number;
  /** The quoted source text the proposal rests on, and its line in the imported document. */
  evidence: string;
  line: number;
}

export type SopProposalStatus = 'to-confirm' | 'confirmed' | 'rejected';

export interface SopDrafted {
  type: 'SopDrafted';
  data: { sopId: string; version: 1; issuer: SopIssuer; content: SopContent; origin: SopOrigin; at: IsoInstant };
}

/** Proposals for the draft `version`, all `to-confirm` (recorded with an imported draft). */
export interface SopProposalsRecorded {
  type: 'SopProposalsRecorded';
  data: { sopId: string; version: number; proposals: SopDraftProposal[]; at: IsoInstant };
}

/** A person confirmed a proposal: its value is written into the step (`field`: the content path it filled). */
export interface SopProposalConfirmed {
  type: 'SopProposalConfirmed';
  data: { sopId: string; version: number; proposalId: string; field: string; value: string[] | number; at: IsoInstant };
}

/** A person rejected a proposal: the step stays as it is. */
export interface SopProposalRejected {
  type: 'SopProposalRejected';
  data: { sopId: string; version: number; proposalId: string; at: IsoInstant };
}

/** The working draft's content, replaced in full; `changedPaths` lists the field paths that differ. */
export interface SopDraftEdited {
  type: 'SopDraftEdited';
  data: { sopId: string; version: number; content: SopContent; changedPaths: string[]; at: IsoInstant };
}

export interface SopSubmittedForApproval {
  type: 'SopSubmittedForApproval';
  data: { sopId: string; version: number; at: IsoInstant };
}

/** The approver sent the version back to draft. */
export interface SopApprovalRejected {
  type: 'SopApprovalRejected';
  data: { sopId: string; version: number; reason: string; at: IsoInstant };
}

export interface SopApproved {
  type: 'SopApproved';
  data: { sopId: string; version: number; approvedBy: SopApprover; at: IsoInstant };
}

/**
 * A draft registered as approved on paper (`PaperApproval`); always followed in the same append by
 * `SopMadeEffective` with the original effective date. `at` is when it was registered in Jejak; the user who
 * registered it is the event's actor, not its approver.
 */
export interface SopApprovedOnPaper {
  type: 'SopApprovedOnPaper';
  data: { sopId: string; version: number; signedBy: PaperSigner; approvedOn: IsoDate; original: ScannedOriginal; at: IsoInstant };
}

/**
 * The version is effective from `effectiveFrom` (inclusive). When an earlier version was effective,
 * it is superseded from the same date (`supersededVersion`).
 */
export interface SopMadeEffective {
  type: 'SopMadeEffective';
  data: { sopId: string; version: number; effectiveFrom: IsoDate; supersededVersion: number | null; at: IsoInstant };
}

/** A new version starts as a draft copied from the latest effective version, which stays readable. */
export interface SopRevised {
  type: 'SopRevised';
  data: { sopId: string; version: number; basedOnVersion: number; content: SopContent; at: IsoInstant };
}

/** The SOP stops being effective from `retiredFrom` (the last effective day is the day before). */
export interface SopRetired {
  type: 'SopRetired';
  data: { sopId: string; retiredFrom: IsoDate; reason: string; abandonedDraftVersion: number | null; at: IsoInstant };
}

export type SopEvent =
  | SopDrafted
  | SopDraftEdited
  | SopProposalsRecorded
  | SopProposalConfirmed
  | SopProposalRejected
  | SopSubmittedForApproval
  | SopApprovalRejected
  | SopApproved
  | SopApprovedOnPaper
  | SopMadeEffective
  | SopRevised
  | SopRetired;

export type SopEventType = SopEvent['type'];

export const SOP_EVENT_TYPES: readonly SopEventType[] = [
  'SopDrafted',
  'SopDraftEdited',
  'SopProposalsRecorded',
  'SopProposalConfirmed',
  'SopProposalRejected',
  'SopSubmittedForApproval',
  'SopApprovalRejected',
  'SopApproved',
  'SopApprovedOnPaper',
  'SopMadeEffective',
  'SopRevised',
  'SopRetired',
];

/**
 * The SOP's event types with their schema versions. The command pipeline writes each event with its
 * current version and reads stored events through this registry (so do the projection and the
 * outbox mapping); an unknown type or version fails on load. When an event's data changes shape:
 * bump its `version` and add `sop.upcasters.ts` (docs/architecture.md, "Event versions").
 */
export const sopEventTypes = new EventTypeRegistry<SopEvent>('SOP')
  .register('SopDrafted', { version: 1 })
  .register('SopDraftEdited', { version: 1 })
  .register('SopProposalsRecorded', { version: 1 })
  .register('SopProposalConfirmed', { version: 1 })
  .register('SopProposalRejected', { version: 1 })
  .register('SopSubmittedForApproval', { version: 1 })
  .register('SopApprovalRejected', { version: 1 })
  .register('SopApproved', { version: 1 })
  .register('SopApprovedOnPaper', { version: 1 })
  .register('SopMadeEffective', { version: 1 })
  .register('SopRevised', { version: 1 })
  .register('SopRetired', { version: 1 });
