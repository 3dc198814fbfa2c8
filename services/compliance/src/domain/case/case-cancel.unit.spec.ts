import { noRole, sekretaris } from '../testing/actors.fixture';
import { caseCancelled, caseCompleted, caseStarted, ref, stepStarted, wib } from '../testing/case-events.builder';
import { given } from '../testing/decider-spec';
import type { CancelCase } from './case.commands';

const T0 = wib('2025-03-03T08:00');
const cancel = (reason: string, at = wib('2025-03-04T08:00'), actor = sekretaris): CancelCase => ({ type: 'CancelCase', reason, actor, at });

describe('CancelCase', () => {
  it('cancels an open case with its reason and the step it stopped at', () => {
    given([caseStarted(T0), stepStarted('1.1', ref('u-kasi', 'KASI'), wib('2025-03-03T09:00'))])
      .when(cancel('  Kegiatan ditunda tahun depan '))
      .then([caseCancelled('Kegiatan ditunda tahun depan', ref('u-sekretaris', 'SEKRETARIS'), wib('2025-03-04T08:00'), '1.1')]);
  });

  it('refuses without a reason: CANCEL_REASON_REQUIRED', () => {
    given([caseStarted(T0)]).when(cancel(' ')).thenRefuses({ kind: 'validation', code: 'CANCEL_REASON_REQUIRED' });
  });

  it('refuses a user without any platform role: NO_STAFF_ROLE', () => {
    given([caseStarted(T0)]).when(cancel('Batal', wib('2025-03-04T08:00'), noRole)).thenRefuses({ kind: 'forbidden', code: 'NO_STAFF_ROLE' });
  });

  it('refuses a closed case', () => {
    given([caseStarted(T0), caseCompleted('1.5', wib('2025-03-07T10:00'))]).when(cancel('Batal')).thenRefuses({ kind: 'illegal_state', code: 'CASE_COMPLETED' });
    given([caseStarted(T0), caseCancelled('Batal', ref('u-sekretaris', 'SEKRETARIS'), wib('2025-03-03T09:00'), '1.1')])
      .when(cancel('Batal lagi'))
      .thenRefuses({ kind: 'illegal_state', code: 'CASE_CANCELLED' });
  });
});
