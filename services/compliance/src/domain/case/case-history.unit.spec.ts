import { staf } from '../testing/actors.fixture';
import {
  allChecked,
  caseCancelled,
  caseCompleted,
  caseLoopedBack,
  caseStarted,
  historicalStepRecorded,
  ref,
  stepCompleted,
  stepStarted,
  wib,
} from '../testing/case-events.builder';
import { given } from '../testing/decider-spec';
import { skPanitiaSop } from '../testing/sop.fixtures';
import type { RecordHistoricalStep } from './case.commands';

const T0 = wib('2024-11-04T08:00');
const NOW = wib('2025-03-03T08:00');
const historical = { origin: 'historical' as const, source: 'Buku Agenda 2024', recordedAt: NOW };

const record = (stepKey: string, completedAt: string, overrides: Partial<RecordHistoricalStep> = {}): RecordHistoricalStep => ({
  type: 'RecordHistoricalStep',
  stepKey,
  executedBy: { userId: null, role: 'STAF', name: 'Sdr. Andi (staf)' },
  startedAt: null,
  completedAt,
  kelengkapanChecked: allChecked(skPanitiaSop(), stepKey).required,
  outputProduced: true,
  documentRef: null,
  decision: null,
  source: 'Buku Agenda 2024 hlm. 7',
  actor: staf,
  at: NOW,
  ...overrides,
});

describe('RecordHistoricalStep', () => {
  it('records a step out of role (a STAF did the KASUBID step) and moves the flow on', () => {
    given([caseStarted(T0, historical)])
      .when(record('1.1', '2024-11-04T10:00:00+07:00', { startedAt: '2024-11-04T08:30:00+07:00' }))
      .then([
        historicalStepRecorded('1.1', {
          executedBy: { userId: null, role: 'STAF', name: 'Sdr. Andi (staf)' },
          startedAt: wib('2024-11-04T08:30'),
          completedAt: wib('2024-11-04T10:00'),
          source: 'Buku Agenda 2024 hlm. 7',
          expectedStepKey: '1.1',
          nextStepKey: '1.2',
          recordedAt: NOW,
        }),
      ]);
  });

  it('records a step out of order: the flow expected 1.2, the book shows 1.4 (signed before correction)', () => {
    given([caseStarted(T0, historical), historicalStepRecorded('1.1', { completedAt: wib('2024-11-04T10:00'), recordedAt: NOW, expectedStepKey: '1.1', nextStepKey: '1.2' })])
      .when(record('1.4', '2024-11-05T10:00:00+07:00', { executedBy: { userId: 'u-kadis', role: 'KEPALA_DINAS', name: null } }))
      .then([
        historicalStepRecorded('1.4', {
          executedBy: { userId: 'u-kadis', role: 'KEPALA_DINAS', name: null },
          completedAt: wib('2024-11-05T10:00'),
          source: 'Buku Agenda 2024 hlm. 7',
          expectedStepKey: '1.2',
          nextStepKey: '1.5',
          recordedAt: NOW,
        }),
      ]);
  });

  it('a recorded "tidak" loops back (rework) at the paper time', () => {
    given([caseStarted(T0, historical)])
      .when(record('1.3', '2024-11-06T09:00:00+07:00', { decision: 'tidak' }))
      .then([
        historicalStepRecorded('1.3', {
          executedBy: { userId: null, role: 'STAF', name: 'Sdr. Andi (staf)' },
          completedAt: wib('2024-11-06T09:00'),
          decision: 'tidak',
          source: 'Buku Agenda 2024 hlm. 7',
          expectedStepKey: '1.1',
          nextStepKey: '1.2',
          recordedAt: NOW,
        }),
        caseLoopedBack('1.3', '1.2', 1, wib('2024-11-06T09:00')),
      ]);
  });

  it('recording the last step completes the case at the paper time', () => {
    given([caseStarted(T0, historical)])
      .when(record('1.5', '2024-11-08T09:00:00+07:00'))
      .then([
        historicalStepRecorded('1.5', {
          executedBy: { userId: null, role: 'STAF', name: 'Sdr. Andi (staf)' },
          completedAt: wib('2024-11-08T09:00'),
          source: 'Buku Agenda 2024 hlm. 7',
          expectedStepKey: '1.1',
          nextStepKey: null,
          recordedAt: NOW,
        }),
        caseCompleted('1.5', wib('2024-11-08T09:00')),
      ]);
  });

  it('accepts history after completion without reopening the case', () => {
    given([caseStarted(T0, historical), caseCompleted('1.5', wib('2024-11-08T09:00'))])
      .when(record('1.2', '2024-11-07T09:00:00+07:00'))
      .then([
        historicalStepRecorded('1.2', {
          executedBy: { userId: null, role: 'STAF', name: 'Sdr. Andi (staf)' },
          completedAt: wib('2024-11-07T09:00'),
          source: 'Buku Agenda 2024 hlm. 7',
          expectedStepKey: null,
          nextStepKey: null,
          recordedAt: NOW,
        }),
      ]);
  });

  it('needs the answer of a decision step, and refuses one for a process step', () => {
    given([caseStarted(T0, historical)]).when(record('1.3', '2024-11-06T09:00:00+07:00')).thenRefuses({ kind: 'validation', code: 'DECISION_REQUIRED' });
    given([caseStarted(T0, historical)])
      .when(record('1.2', '2024-11-06T09:00:00+07:00', { decision: 'ya' }))
      .thenRefuses({ kind: 'validation', code: 'DECISION_NOT_EXPECTED' });
  });

  it('refuses times that are invalid, reversed or in the future: HISTORY_TIME_INVALID', () => {
    const when = (overrides: Partial<RecordHistoricalStep>) => given([caseStarted(T0, historical)]).when(record('1.1', '2024-11-04T10:00:00+07:00', overrides));
    when({ completedAt: '4 November 2024' }).thenRefuses({ kind: 'validation', code: 'HISTORY_TIME_INVALID' });
    when({ startedAt: '2024-11-04T11:00:00+07:00' }).thenRefuses({ kind: 'validation', code: 'HISTORY_TIME_INVALID' });
    when({ completedAt: '2025-03-04T10:00:00+07:00' }).thenRefuses({ kind: 'validation', code: 'HISTORY_TIME_INVALID' });
  });

  it('refuses without a source: HISTORY_SOURCE_REQUIRED', () => {
    given([caseStarted(T0, historical)]).when(record('1.1', '2024-11-04T10:00:00+07:00', { source: '' })).thenRefuses({ kind: 'validation', code: 'HISTORY_SOURCE_REQUIRED' });
  });

  it('refuses while a live step is in progress, and on a cancelled case', () => {
    given([caseStarted(T0), stepStarted('1.1', ref('u-kasi', 'KASI'), wib('2024-11-04T09:00'))])
      .when(record('1.1', '2024-11-04T10:00:00+07:00'))
      .thenRefuses({ kind: 'illegal_state', code: 'STEP_IN_PROGRESS' });
    given([caseStarted(T0), caseCancelled('Batal', ref('u-staf', 'STAF'), wib('2024-11-05T09:00'), '1.1')])
      .when(record('1.1', '2024-11-04T10:00:00+07:00'))
      .thenRefuses({ kind: 'illegal_state', code: 'CASE_CANCELLED' });
  });

  it('refuses while a decision is pending', () => {
    const kabidRef = ref('u-kabid', 'KEPALA_BIDANG');
    given([
      caseStarted(T0),
      stepStarted('1.3', kabidRef, wib('2024-11-04T09:00')),
      stepCompleted('1.3', kabidRef, wib('2024-11-04T09:00'), wib('2024-11-04T10:00'), { nextStepKey: null, awaitingDecision: true }),
    ])
      .when(record('1.4', '2024-11-04T11:00:00+07:00'))
      .thenRefuses({ kind: 'illegal_state', code: 'DECISION_PENDING' });
  });
});
