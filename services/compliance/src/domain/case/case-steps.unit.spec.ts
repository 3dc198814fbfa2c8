import { DEFAULT_ROLE_MAPPING } from '../roles/role-mapping.defaults';
import { kabid, kadis, kasi, kasiAndStaf, petugas, staf } from '../testing/actors.fixture';
import { allChecked, caseCancelled, caseCompleted, caseStarted, ref, stepCompleted, stepStarted, wib } from '../testing/case-events.builder';
import { given } from '../testing/decider-spec';
import { layananInformasiSop, skPanitiaSop } from '../testing/sop.fixtures';
import type { Actor } from '../roles/platform-role';
import type { CompleteStep, StartStep } from './case.commands';

const T0 = wib('2025-03-03T08:00');
const startStep = (stepKey: string, actor: Actor, at: string): StartStep => ({ type: 'StartStep', stepKey, actor, at });
const completeStep = (stepKey: string, actor: Actor, at: string, overrides: Partial<CompleteStep> = {}): CompleteStep => ({
  type: 'CompleteStep',
  stepKey,
  kelengkapanChecked: allChecked(skPanitiaSop(), stepKey).required,
  outputProduced: true,
  documentRef: null,
  actor,
  at,
  ...overrides,
});

const kasiRef = ref('u-kasi', 'KASI');
const stafRef = ref('u-staf', 'STAF');

describe('StartStep', () => {
  it('starts the expected step for a user holding its pelaksana role (KASUBID -> KASI)', () => {
    given([caseStarted(T0)])
      .when(startStep('1.1', kasi, wib('2025-03-03T09:00')))
      .then([stepStarted('1.1', kasiRef, wib('2025-03-03T09:00'))]);
  });

  it('records the role the user acted in when they hold several', () => {
    given([caseStarted(T0)])
      .when(startStep('1.1', kasiAndStaf, wib('2025-03-03T09:00')))
      .then([stepStarted('1.1', ref('u-rangkap', 'KASI'), wib('2025-03-03T09:00'))]);
  });

  it('records the name the token gave the user, with the role they acted as', () => {
    given([caseStarted(T0)])
      .when(startStep('1.1', { ...kasi, name: 'Siti Rahmawati' }, wib('2025-03-03T09:00')))
      .then([stepStarted('1.1', { ...kasiRef, name: 'Siti Rahmawati' }, wib('2025-03-03T09:00'))]);
  });

  it('refuses a user without the step role: NOT_PELAKSANA', () => {
    given([caseStarted(T0)]).when(startStep('1.1', staf, wib('2025-03-03T09:00'))).thenRefuses({ kind: 'forbidden', code: 'NOT_PELAKSANA' });
  });

  it('refuses a step other than the expected one: STEP_OUT_OF_ORDER', () => {
    given([caseStarted(T0)])
      .when(startStep('1.2', staf, wib('2025-03-03T09:00')))
      .thenRefuses({ kind: 'illegal_state', code: 'STEP_OUT_OF_ORDER', details: [{ field: 'stepKey', message: 'expected 1.1' }] });
  });

  it('refuses while another step is in progress: STEP_IN_PROGRESS', () => {
    given([caseStarted(T0), stepStarted('1.1', kasiRef, wib('2025-03-03T09:00'))])
      .when(startStep('1.1', kasi, wib('2025-03-03T09:10')))
      .thenRefuses({ kind: 'illegal_state', code: 'STEP_IN_PROGRESS' });
  });

  it('refuses while a decision is pending: DECISION_PENDING', () => {
    given([
      caseStarted(T0),
      stepStarted('1.3', ref('u-kabid', 'KEPALA_BIDANG'), wib('2025-03-05T09:00')),
      stepCompleted('1.3', ref('u-kabid', 'KEPALA_BIDANG'), wib('2025-03-05T09:00'), wib('2025-03-05T10:00'), { nextStepKey: null, awaitingDecision: true }),
    ])
      .when(startStep('1.4', kadis, wib('2025-03-05T11:00')))
      .thenRefuses({ kind: 'illegal_state', code: 'DECISION_PENDING' });
  });

  it('refuses a step key the pinned SOP does not have: STEP_UNKNOWN', () => {
    given([caseStarted(T0)]).when(startStep('1.9', kasi, wib('2025-03-03T09:00'))).thenRefuses({ kind: 'validation', code: 'STEP_UNKNOWN' });
  });

  it('lets any staff role execute a step without pelaksana in the SOP', () => {
    given([caseStarted(T0), stepCompleted('1.4', ref('u-kadis', 'KEPALA_DINAS'), wib('2025-03-06T09:00'), wib('2025-03-06T10:00'), { nextStepKey: '1.5' })])
      .when(startStep('1.5', petugas, wib('2025-03-06T11:00')))
      .then([stepStarted('1.5', ref('u-petugas', 'PETUGAS'), wib('2025-03-06T11:00'))]);
  });

  it('refuses a step whose pelaksana maps to no platform role: PELAKSANA_UNMAPPED', () => {
    const content = layananInformasiSop();
    given([caseStarted(T0, { content, procedureIndexes: [0] }), stepCompleted('1.2', ref('u-kadis', 'KEPALA_DINAS'), T0, T0, { nextStepKey: '1.3' }, {}, content)])
      .when(startStep('1.3', staf, wib('2025-03-03T09:00')))
      .thenRefuses({ kind: 'illegal_state', code: 'PELAKSANA_UNMAPPED' });
  });

  it('uses a configured mapping: a dinas that maps Bakesbangpol to PETUGAS', () => {
    const content = layananInformasiSop();
    const mapping = { rules: [...DEFAULT_ROLE_MAPPING.rules, { sopRoles: ['Bakesbangpol'], platformRoles: ['PETUGAS' as const] }] };
    given([caseStarted(T0, { content, procedureIndexes: [0] }), stepCompleted('1.2', ref('u-kadis', 'KEPALA_DINAS'), T0, T0, { nextStepKey: '1.3' }, {}, content)], mapping)
      .when(startStep('1.3', petugas, wib('2025-03-03T09:00')))
      .then([stepStarted('1.3', ref('u-petugas', 'PETUGAS'), wib('2025-03-03T09:00'), content)]);
  });

  it('refuses on a completed or cancelled case, and on a case that does not exist', () => {
    given([caseStarted(T0), caseCompleted('1.5', wib('2025-03-07T10:00'))]).when(startStep('1.1', kasi, wib('2025-03-07T11:00'))).thenRefuses({ kind: 'illegal_state', code: 'CASE_COMPLETED' });
    given([caseStarted(T0), caseCancelled('Kegiatan dibatalkan', stafRef, wib('2025-03-03T09:00'), '1.1')])
      .when(startStep('1.1', kasi, wib('2025-03-03T10:00')))
      .thenRefuses({ kind: 'illegal_state', code: 'CASE_CANCELLED' });
    given([]).when(startStep('1.1', kasi, T0)).thenRefuses({ kind: 'not_found', code: 'CASE_NOT_FOUND' });
  });
});

describe('CompleteStep', () => {
  const started11 = [caseStarted(T0), stepStarted('1.1', kasiRef, wib('2025-03-03T09:00'))];

  it('records kelengkapan checked, output produced and the document reference; the next step becomes ready', () => {
    given(started11)
      .when(completeStep('1.1', kasi, wib('2025-03-03T14:00'), { documentRef: 'ND/12/2025' }))
      .then([stepCompleted('1.1', kasiRef, wib('2025-03-03T09:00'), wib('2025-03-03T14:00'), { nextStepKey: '1.2' }, { documentRef: 'ND/12/2025' })]);
  });

  it('records missing kelengkapan and an output not produced instead of refusing (compliance flags them)', () => {
    given(started11)
      .when(completeStep('1.1', kasi, wib('2025-03-03T14:00'), { kelengkapanChecked: [], outputProduced: false }))
      .then([
        stepCompleted(
          '1.1',
          kasiRef,
          wib('2025-03-03T09:00'),
          wib('2025-03-03T14:00'),
          { nextStepKey: '1.2' },
          { kelengkapan: { required: ['RKA/DPA'], checked: [], missing: ['RKA/DPA'] }, outputProduced: false },
        ),
      ]);
  });

  it('matches kelengkapan regardless of case and spacing, recorded in the SOP spelling', () => {
    given(started11)
      .when(completeStep('1.1', kasi, wib('2025-03-03T14:00'), { kelengkapanChecked: ['  rka/dpa '] }))
      .then([stepCompleted('1.1', kasiRef, wib('2025-03-03T09:00'), wib('2025-03-03T14:00'), { nextStepKey: '1.2' })]);
  });

  it('refuses a kelengkapan item the step does not list: KELENGKAPAN_UNKNOWN', () => {
    given(started11)
      .when(completeStep('1.1', kasi, wib('2025-03-03T14:00'), { kelengkapanChecked: ['RKA/DPA', 'Kwitansi'] }))
      .thenRefuses({ kind: 'validation', code: 'KELENGKAPAN_UNKNOWN', details: [{ field: 'kelengkapanChecked[1]', message: '"Kwitansi" is not a kelengkapan of the step' }] });
  });

  it('a decision step waits for its decision after completion', () => {
    const kabidRef = ref('u-kabid', 'KEPALA_BIDANG');
    given([caseStarted(T0), stepStarted('1.3', kabidRef, wib('2025-03-05T09:00'))])
      .when(completeStep('1.3', kabid, wib('2025-03-05T10:30')))
      .then([stepCompleted('1.3', kabidRef, wib('2025-03-05T09:00'), wib('2025-03-05T10:30'), { nextStepKey: null, awaitingDecision: true })]);
  });

  it('completing the last step completes the case', () => {
    const petugasRef = ref('u-petugas', 'PETUGAS');
    given([caseStarted(T0), stepStarted('1.5', petugasRef, wib('2025-03-06T11:00'))])
      .when(completeStep('1.5', petugas, wib('2025-03-06T11:30')))
      .then([
        stepCompleted('1.5', petugasRef, wib('2025-03-06T11:00'), wib('2025-03-06T11:30'), { nextStepKey: null }),
        caseCompleted('1.5', wib('2025-03-06T11:30')),
      ]);
  });

  it('refuses by a user without the step role: NOT_PELAKSANA', () => {
    given(started11).when(completeStep('1.1', staf, wib('2025-03-03T14:00'))).thenRefuses({ kind: 'forbidden', code: 'NOT_PELAKSANA' });
  });

  it('refuses a step that is not in progress: STEP_NOT_STARTED', () => {
    given([caseStarted(T0)]).when(completeStep('1.1', kasi, wib('2025-03-03T14:00'))).thenRefuses({ kind: 'illegal_state', code: 'STEP_NOT_STARTED' });
    given(started11).when(completeStep('1.2', staf, wib('2025-03-03T14:00'))).thenRefuses({ kind: 'illegal_state', code: 'STEP_NOT_STARTED' });
  });
});
