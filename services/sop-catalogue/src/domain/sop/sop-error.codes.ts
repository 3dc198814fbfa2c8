/**
 * Stable codes of the SOP aggregate's refusals. The kind (and so the HTTP status at the edge) is fixed per code.
 *
 * | code                                  | kind          | when                                                              |
 * |---------------------------------------|---------------|-------------------------------------------------------------------|
 * | SOP_ALREADY_EXISTS                    | illegal_state | drafting an SOP id that already has events                        |
 * | SOP_NOT_FOUND                         | not_found     | any command but DraftSop on an SOP without events                 |
 * | SOP_ISSUER_REQUIRED                   | validation    | drafting without tenant or unit                                   |
 * | SOP_VERSION_NOT_FOUND                 | not_found     | the command names a version the SOP does not have                 |
 * | SOP_VERSION_SUBMITTED                 | illegal_state | editing a version that waits for approval (reject it first)       |
 * | SOP_VERSION_NOT_EDITABLE              | illegal_state | editing an approved, effective, superseded or closed version      |
 * | SOP_VERSION_ABANDONED                 | illegal_state | acting on a draft abandoned when its SOP was retired              |
 * | SOP_INCOMPLETE                        | illegal_state | submit / approve / make effective while something is missing     |
 * | SOP_DECISION_TARGET_MISSING           | illegal_state | submit / approve while a decision lacks its "ya" or "tidak" target |
 * | SOP_PAPER_APPROVAL_INVALID            | validation    | registering an SOP in force on paper with a missing or wrong field |
 * | SOP_PROPOSAL_DUPLICATE                | validation    | drafting with two proposals of the same id                         |
 * | SOP_PROPOSAL_NOT_FOUND                | not_found     | confirming or rejecting a proposal the version does not have       |
 * | SOP_PROPOSAL_ALREADY_DECIDED          | illegal_state | confirming or rejecting a proposal confirmed or rejected before    |
 * | SOP_PROPOSAL_STALE                    | illegal_state | confirming a proposal whose step (or decision) was edited away     |
 * | SOP_ALREADY_SUBMITTED                 | illegal_state | submitting twice                                                  |
 * | SOP_NOT_SUBMITTED                     | illegal_state | approving or rejecting a version that was not submitted           |
 * | SOP_ALREADY_APPROVED                  | illegal_state | submitting, approving or rejecting an approved version            |
 * | SOP_APPROVER_NOT_PENGESAH             | forbidden     | the approving user is not the document's "Disahkan oleh"          |
 * | SOP_REJECTION_REASON_REQUIRED         | validation    | rejecting without a reason                                        |
 * | SOP_NOT_APPROVED                      | illegal_state | making a draft or submitted version effective                     |
 * | SOP_ALREADY_EFFECTIVE                 | illegal_state | acting on a version that is or was effective (never changes)      |
 * | SOP_INVALID_DATE                      | validation    | a date that is not a real YYYY-MM-DD calendar date                |
 * | SOP_EFFECTIVE_DATE_NOT_AFTER_PREVIOUS | validation    | version n+1 effective on or before version n's effective date     |
 * | SOP_DRAFT_EXISTS                      | illegal_state | revising while a version is draft, submitted or approved          |
 * | SOP_NOT_EFFECTIVE                     | illegal_state | revising or retiring an SOP that was never made effective         |
 * | SOP_RETIRE_DATE_NOT_AFTER_EFFECTIVE   | validation    | retiring on or before the latest version's effective date         |
 * | SOP_RETIREMENT_REASON_REQUIRED        | validation    | retiring without a reason                                         |
 * | SOP_RETIRED                           | illegal_state | any command on a retired SOP                                      |
 */
export const SopErrorCode = {
  AlreadyExists: 'SOP_ALREADY_EXISTS',
  NotFound: 'SOP_NOT_FOUND',
  IssuerRequired: 'SOP_ISSUER_REQUIRED',
  VersionNotFound: 'SOP_VERSION_NOT_FOUND',
  VersionSubmitted: 'SOP_VERSION_SUBMITTED',
  VersionNotEditable: 'SOP_VERSION_NOT_EDITABLE',
  VersionAbandoned: 'SOP_VERSION_ABANDONED',
  Incomplete: 'SOP_INCOMPLETE',
  DecisionTargetMissing: 'SOP_DECISION_TARGET_MISSING',
  PaperApprovalInvalid: 'SOP_PAPER_APPROVAL_INVALID',
  ProposalDuplicate: 'SOP_PROPOSAL_DUPLICATE',
  ProposalNotFound: 'SOP_PROPOSAL_NOT_FOUND',
  ProposalAlreadyDecided: 'SOP_PROPOSAL_ALREADY_DECIDED',
  ProposalStale: 'SOP_PROPOSAL_STALE',
  AlreadySubmitted: 'SOP_ALREADY_SUBMITTED',
  NotSubmitted: 'SOP_NOT_SUBMITTED',
  AlreadyApproved: 'SOP_ALREADY_APPROVED',
  ApproverNotPengesah: 'SOP_APPROVER_NOT_PENGESAH',
  RejectionReasonRequired: 'SOP_REJECTION_REASON_REQUIRED',
  NotApproved: 'SOP_NOT_APPROVED',
  AlreadyEffective: 'SOP_ALREADY_EFFECTIVE',
  InvalidDate: 'SOP_INVALID_DATE',
  EffectiveDateNotAfterPrevious: 'SOP_EFFECTIVE_DATE_NOT_AFTER_PREVIOUS',
  DraftExists: 'SOP_DRAFT_EXISTS',
  NotEffective: 'SOP_NOT_EFFECTIVE',
  RetireDateNotAfterEffective: 'SOP_RETIRE_DATE_NOT_AFTER_EFFECTIVE',
  RetirementReasonRequired: 'SOP_RETIREMENT_REASON_REQUIRED',
  Retired: 'SOP_RETIRED',
} as const;

export type SopErrorCode = (typeof SopErrorCode)[keyof typeof SopErrorCode];
