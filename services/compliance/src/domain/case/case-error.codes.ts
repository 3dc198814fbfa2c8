/**
 * Stable codes of the case aggregate's refusals. The kind (and so the HTTP status at the edge) is fixed per code.
 *
 * | code                      | kind          | when                                                                          |
 * |---------------------------|---------------|-------------------------------------------------------------------------------|
 * | CASE_ALREADY_STARTED      | illegal_state | starting a case id that already has events                                    |
 * | CASE_NOT_FOUND            | not_found     | any command but StartCase on a case without events                            |
 * | CASE_COMPLETED            | illegal_state | a live command on a completed case                                            |
 * | CASE_CANCELLED            | illegal_state | any command on a cancelled case                                               |
 * | SOP_WITHOUT_STEPS         | validation    | starting a case on an SOP (or procedure) with no steps                        |
 * | PROCEDURE_UNKNOWN         | validation    | starting a case on a procedure index the SOP does not have                    |
 * | DECISION_TARGET_UNKNOWN   | illegal_state | the SOP's decision names a step that does not exist                           |
 * | DECISION_BRANCH_MISSING   | illegal_state | the chosen answer's branch names no step: never taken as the end of the case  |
 * | STEP_UNKNOWN              | validation    | a step key that is not in the case's pinned SOP (and chosen procedures)       |
 * | STEP_OUT_OF_ORDER         | illegal_state | starting a step other than the one the flow expects next                      |
 * | STEP_IN_PROGRESS          | illegal_state | starting a step, or recording history, while a step is in progress           |
 * | STEP_NOT_STARTED          | illegal_state | completing a step that is not the one in progress                             |
 * | DECISION_PENDING          | illegal_state | starting/completing a step, or recording history, before the pending decision |
 * | NO_DECISION_PENDING       | illegal_state | taking a decision when that step does not wait for one                        |
 * | DECISION_ANSWER_INVALID   | validation    | an answer other than "ya" / "tidak"                                           |
 * | DECISION_REQUIRED         | validation    | recording a historical decision step (case still open) without its answer     |
 * | DECISION_NOT_EXPECTED     | validation    | recording an answer for a step that is not a decision                         |
 * | NOT_PELAKSANA             | forbidden     | the user holds none of the step's pelaksana roles                             |
 * | PELAKSANA_UNMAPPED        | illegal_state | none of the step's pelaksana texts maps to a platform role (fix the mapping)  |
 * | NOT_TEAM_MEMBER           | forbidden     | a step of a team lane, by a user the case did not assign to that team         |
 * | TEAM_LANE_UNKNOWN         | validation    | a team or external lane at start that no step of the SOP names as pelaksana   |
 * | TEAM_MEMBERS_INVALID      | validation    | a team without members, or a member without user id or name, or twice        |
 * | EXTERNAL_EVIDENCE_REQUIRED| validation    | completing an outside party's step without a reference or a document id       |
 * | NO_STAFF_ROLE             | forbidden     | a user without any platform role starts, cancels or imports                   |
 * | KELENGKAPAN_UNKNOWN       | validation    | a checked kelengkapan item that the step's mutu baku does not list            |
 * | CANCEL_REASON_REQUIRED    | validation    | cancelling without a reason                                                   |
 * | HISTORY_SOURCE_REQUIRED   | validation    | historical records without their source (e.g. "Buku Agenda 2023 hlm. 14")     |
 * | HISTORY_TIME_INVALID      | validation    | historical times that are not instants, end before start, or in the future    |
 */
export const CaseErrorCode = {
  AlreadyStarted: 'CASE_ALREADY_STARTED',
  NotFound: 'CASE_NOT_FOUND',
  Completed: 'CASE_COMPLETED',
  Cancelled: 'CASE_CANCELLED',
  SopWithoutSteps: 'SOP_WITHOUT_STEPS',
  ProcedureUnknown: 'PROCEDURE_UNKNOWN',
  DecisionTargetUnknown: 'DECISION_TARGET_UNKNOWN',
  DecisionBranchMissing: 'DECISION_BRANCH_MISSING',
  StepUnknown: 'STEP_UNKNOWN',
  StepOutOfOrder: 'STEP_OUT_OF_ORDER',
  StepInProgress: 'STEP_IN_PROGRESS',
  StepNotStarted: 'STEP_NOT_STARTED',
  DecisionPending: 'DECISION_PENDING',
  NoDecisionPending: 'NO_DECISION_PENDING',
  DecisionAnswerInvalid: 'DECISION_ANSWER_INVALID',
  DecisionRequired: 'DECISION_REQUIRED',
  DecisionNotExpected: 'DECISION_NOT_EXPECTED',
  NotPelaksana: 'NOT_PELAKSANA',
  PelaksanaUnmapped: 'PELAKSANA_UNMAPPED',
  NoStaffRole: 'NO_STAFF_ROLE',
  NotTeamMember: 'NOT_TEAM_MEMBER',
  TeamLaneUnknown: 'TEAM_LANE_UNKNOWN',
  TeamMembersInvalid: 'TEAM_MEMBERS_INVALID',
  ExternalEvidenceRequired: 'EXTERNAL_EVIDENCE_REQUIRED',
  KelengkapanUnknown: 'KELENGKAPAN_UNKNOWN',
  CancelReasonRequired: 'CANCEL_REASON_REQUIRED',
  HistorySourceRequired: 'HISTORY_SOURCE_REQUIRED',
  HistoryTimeInvalid: 'HISTORY_TIME_INVALID',
} as const;

export type CaseErrorCode = (typeof CaseErrorCode)[keyof typeof CaseErrorCode];
