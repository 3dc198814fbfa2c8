import { assertNever } from '@jejak/domain-kit';
import type { PermitApplicationEvent } from './permit-application.events';
import type { ApplicationFile, ApplicationOutcome, PermitApplicationState } from './permit-application.state';

type Open = Extract<PermitApplicationState, { stage: 'checking' | 'deficient' | 'verified' }>;

function update(state: PermitApplicationState, change: (s: Open) => PermitApplicationState): PermitApplicationState {
  return state.stage === 'checking' || state.stage === 'deficient' || state.stage === 'verified' ? change(state) : state;
}

function close(s: Open, result: ApplicationOutcome): PermitApplicationState {
  const { stage: _stage, ...file } = s;
  const verifiedAt = s.stage === 'verified' ? s.verifiedAt : null;
  const { verifiedAt: _v, ...rest } = file as ApplicationFile & { verifiedAt?: string };
  return { stage: 'closed', ...rest, result, verifiedAt };
}

/** Pure: the state after one event. */
export function evolve(state: PermitApplicationState, event: PermitApplicationEvent): PermitApplicationState {
  switch (event.type) {
    case 'ApplicationRegistered':
      return {
        stage: 'checking', id: event.data.id, tenant: event.data.tenant, checklist: event.data.checklist, applicant: event.data.applicant,
        nationalReference: event.data.nationalReference, registeredAt: event.data.at, documents: {}, deficiencyRounds: 0, inspection: null, outsideSteps: [],
      };
    case 'DocumentReceived':
      return update(state, (s) => ({ ...s, documents: { ...s.documents, [event.data.document]: { status: 'received', contentHash: event.data.contentHash, at: event.data.at } } }));
    case 'DocumentAccepted':
      return update(state, (s) => ({ ...s, documents: { ...s.documents, [event.data.document]: { status: 'accepted', contentHash: s.documents[event.data.document]?.contentHash ?? '', at: event.data.at } } }));
    case 'DocumentRejected':
      return update(state, (s) => ({ ...s, documents: { ...s.documents, [event.data.document]: { status: 'rejected', contentHash: s.documents[event.data.document]?.contentHash ?? '', reason: event.data.reason, at: event.data.at } } }));
    case 'DeficiencyNoticed':
      return update(state, (s) => (s.stage === 'checking' ? { ...s, stage: 'deficient', deficiencyRounds: event.data.round } : s));
    case 'DeficiencyCompleted':
      return update(state, (s) => (s.stage === 'deficient' ? { ...s, stage: 'checking' } : s));
    case 'ApplicationVerified':
      return update(state, (s) => (s.stage === 'checking' ? { ...s, stage: 'verified', verifiedAt: event.data.at } : s));
    case 'FieldInspectionRecorded':
      return update(state, (s) => ({ ...s, inspection: { answers: event.data.answers, report: event.data.report, at: event.data.at } }));
    case 'OutsideStepRecorded':
      return update(state, (s) => ({ ...s, outsideSteps: [...s.outsideSteps, { step: event.data.step, reference: event.data.reference, startedAt: event.data.startedAt, completedAt: event.data.completedAt }] }));
    case 'PermitIssued':
      return update(state, (s) => close(s, { outcome: 'issued', number: event.data.number, issuedOn: event.data.issuedOn, validUntil: event.data.validUntil, at: event.data.at }));
    case 'ApplicationRefused':
      return update(state, (s) => close(s, { outcome: 'refused', reason: event.data.reason, at: event.data.at }));
    case 'ApplicationWithdrawn':
      return update(state, (s) => close(s, { outcome: 'withdrawn', reason: event.data.reason, at: event.data.at }));
    default:
      return assertNever(event, 'permit-application event');
  }
}
