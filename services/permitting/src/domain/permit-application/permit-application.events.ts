import { EventTypeRegistry } from '@jejak/domain-kit';

import type { IsoDate, IsoInstant } from '../permit-type/permit-type.events';

/** What the applicant is; identifiers of organisations are not personal data. */
export type Applicant =
  | { kind: 'business'; nib: string; organisationName: string }
  | { kind: 'cooperative'; nikKoperasi: string; organisationName: string }
  | { kind: 'person' };

/** Personal data (UU 27/2022): always under `personal`, so it can be erased (crypto-shredded) later. */
export interface PersonalData {
  name: string;
  /** Required when the applicant is a person. */
  nik?: string;
  address?: string;
  phone?: string;
}

/** The permit type version the application runs under, copied at registration. */
export interface ApplicationChecklist {
  permitType: string;
  version: number;
  documents: string[];
  checks: string[];
  outsideSteps: string[];
}

export interface NationalReference {
  system: string;
  reference: string;
}

export interface ApplicationRegistered {
  type: 'ApplicationRegistered';
  data: { id: string; tenant: string; checklist: ApplicationChecklist; applicant: Applicant; personal: PersonalData; nationalReference: NationalReference | null; at: IsoInstant };
}
export interface DocumentReceived { type: 'DocumentReceived'; data: { document: string; contentHash: string; at: IsoInstant } }
export interface DocumentAccepted { type: 'DocumentAccepted'; data: { document: string; at: IsoInstant } }
export interface DocumentRejected { type: 'DocumentRejected'; data: { document: string; reason: string; at: IsoInstant } }
export interface DeficiencyNoticed { type: 'DeficiencyNoticed'; data: { round: number; documents: string[]; letterReference: string | null; at: IsoInstant } }
export interface DeficiencyCompleted { type: 'DeficiencyCompleted'; data: { round: number; at: IsoInstant } }
export interface ApplicationVerified { type: 'ApplicationVerified'; data: { deficiencyRounds: number; at: IsoInstant } }
export interface FieldInspectionRecorded {
  type: 'FieldInspectionRecorded';
  data: { answers: { check: string; answer: 'ya' | 'tidak' }[]; report: string; at: IsoInstant };
}
/** A step outside the dinas, recorded on behalf with the outside system's reference; startedAt→completedAt is outside time. */
export interface OutsideStepRecorded {
  type: 'OutsideStepRecorded';
  data: { step: string; reference: string; startedAt: IsoInstant; completedAt: IsoInstant; at: IsoInstant };
}
export interface PermitIssued { type: 'PermitIssued'; data: { number: string; issuedOn: IsoDate; validUntil: IsoDate | null; at: IsoInstant } }
export interface ApplicationRefused { type: 'ApplicationRefused'; data: { reason: string; at: IsoInstant } }
export interface ApplicationWithdrawn { type: 'ApplicationWithdrawn'; data: { reason: string; at: IsoInstant } }

export type PermitApplicationEvent =
  | ApplicationRegistered | DocumentReceived | DocumentAccepted | DocumentRejected
  | DeficiencyNoticed | DeficiencyCompleted | ApplicationVerified | FieldInspectionRecorded
  | OutsideStepRecorded | PermitIssued | ApplicationRefused | ApplicationWithdrawn;

export const PERMIT_APPLICATION_EVENT_TYPES: readonly PermitApplicationEvent['type'][] = [
  'ApplicationRegistered', 'DocumentReceived', 'DocumentAccepted', 'DocumentRejected', 'DeficiencyNoticed', 'DeficiencyCompleted',
  'ApplicationVerified', 'FieldInspectionRecorded', 'OutsideStepRecorded', 'PermitIssued', 'ApplicationRefused', 'ApplicationWithdrawn',
];

export const permitApplicationEventTypes = PERMIT_APPLICATION_EVENT_TYPES.reduce(
  (registry, type) => registry.register(type, { version: 1 }),
  new EventTypeRegistry<PermitApplicationEvent>('permit-application'),
);
