import type { IsoDate, IsoInstant } from '../permit-type/permit-type.events';
import type { NikKoperasiShape } from '../identifiers';
import type { ApplicantKind } from '../permit-type/permit-type.content';
import type { ApplicationChecklist, NationalReference, PersonalData } from './permit-application.events';

/** The permit type version in force, as the handler read it: the decider checks the application against it. */
export interface PermitTypeSnapshot extends ApplicationChecklist {
  applicantKinds: ApplicantKind[];
  nikKoperasi?: NikKoperasiShape;
}

export interface RegisterApplication {
  type: 'RegisterApplication';
  id: string;
  tenant: string;
  permitType: PermitTypeSnapshot;
  applicant: { kind: ApplicantKind; nib?: string; nikKoperasi?: string; organisationName?: string };
  personal: PersonalData;
  nationalReference: NationalReference | null;
  at: IsoInstant;
}
export interface ReceiveDocument { type: 'ReceiveDocument'; document: string; contentHash: string; at: IsoInstant }
export interface CheckDocument { type: 'CheckDocument'; document: string; verdict: 'accepted' | 'rejected'; reason?: string; at: IsoInstant }
export interface NoticeDeficiency { type: 'NoticeDeficiency'; letterReference: string | null; at: IsoInstant }
export interface CompleteDeficiency { type: 'CompleteDeficiency'; at: IsoInstant }
export interface VerifyApplication { type: 'VerifyApplication'; at: IsoInstant }
export interface RecordInspection { type: 'RecordInspection'; answers: { check: string; answer: 'ya' | 'tidak' }[]; report: string; at: IsoInstant }
export interface RecordOutsideStep { type: 'RecordOutsideStep'; step: string; reference: string; startedAt: IsoInstant; completedAt: IsoInstant; at: IsoInstant }
export interface IssuePermit { type: 'IssuePermit'; number: string; issuedOn: IsoDate; validUntil: IsoDate | null; at: IsoInstant }
export interface RefuseApplication { type: 'RefuseApplication'; reason: string; at: IsoInstant }
export interface WithdrawApplication { type: 'WithdrawApplication'; reason: string; at: IsoInstant }

export type PermitApplicationCommand =
  | RegisterApplication | ReceiveDocument | CheckDocument | NoticeDeficiency | CompleteDeficiency | VerifyApplication
  | RecordInspection | RecordOutsideStep | IssuePermit | RefuseApplication | WithdrawApplication;
