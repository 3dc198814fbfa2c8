import { kabid, kadis, staf } from '../testing/actors.fixture';
import { caseLoopedBack, caseStarted, decisionTaken, ref, stepCompleted, stepStarted, wib } from '../testing/case-events.builder';
import { given } from '../testing/decider-spec';
import { layananInformasiSop } from '../testing/sop.fixtures';
import type { CaseEvent } from './case.events';
import type { TakeDecision } from './case.commands';
import type { Actor } from '../roles/platform-role';

const T0 = wib('2025-03-03T08:00');
const kabidRef = ref('u-kabid', 'KEPALA_BIDANG');
const decide = (stepKey: string, answer: 'ya' | 'tidak', actor: Actor, at: string): TakeDecision => ({ type: 'TakeDecision', stepKey, answer, actor, at });

/** The case has reached 1.3 (Kepala Bidang corrects the typed draft), completed it, and waits for the decision. */
const awaiting13: CaseEvent[] = [
  caseStarted(T0),
  stepStarted('1.1', ref('u-kasi', 'KASI'), wib('2025-03-03T09:00')),
  stepCompleted('1.1', ref('u-kasi', 'KASI'), wib('2025-03-03T09:00'), wib('2025-03-03T11:00'), { nextStepKey: '1.2' }),
  stepStarted('1.2', ref('u-staf', 'STAF'), wib('2025-03-03T13:00')),
  stepCompleted('1.2', ref('u-staf', 'STAF'), wib('2025-03-03T13:00'), wib('2025-03-04T09:00'), { nextStepKey: '1.3' }),
  stepStarted('1.3', kabidRef, wib('2025-03-04T10:00')),
  stepCompleted('1.3', kabidRef, wib('2025-03-04T10:00'), wib('2025-03-04T11:00'), { nextStepKey: null, awaitingDecision: true }),
];

describe('TakeDecision', () => {
  it('"ya" goes on to the step the SOP names', () => {
    given(awaiting13).when(decide('1.3', 'ya', kabid, wib('2025-03-04T11:05'))).then([decisionTaken('1.3', 'ya', kabidRef, wib('2025-03-04T11:05'), '1.4')]);
  });

  it('"tidak" sends the case back to the step the SOP names, counted as rework', () => {
    given(awaiting13)
      .when(decide('1.3', 'tidak', kabid, wib('2025-03-04T11:05')))
      .then([decisionTaken('1.3', 'tidak', kabidRef, wib('2025-03-04T11:05'), '1.2'), caseLoopedBack('1.3', '1.2', 1, wib('2025-03-04T11:05'))]);
  });

  it('counts every loop: the second "tidak" is rework number 2', () => {
    const secondRound: CaseEvent[] = [
      ...awaiting13,
      decisionTaken('1.3', 'tidak', kabidRef, wib('2025-03-04T11:05'), '1.2'),
      caseLoopedBack('1.3', '1.2', 1, wib('2025-03-04T11:05')),
      stepStarted('1.2', ref('u-staf', 'STAF'), wib('2025-03-04T13:00')),
      stepCompleted('1.2', ref('u-staf', 'STAF'), wib('2025-03-04T13:00'), wib('2025-03-04T14:00'), { nextStepKey: '1.3' }),
      stepStarted('1.3', kabidRef, wib('2025-03-04T14:30')),
      stepCompleted('1.3', kabidRef, wib('2025-03-04T14:30'), wib('2025-03-04T15:00'), { nextStepKey: null, awaitingDecision: true }),
    ];
    given(secondRound)
      .when(decide('1.3', 'tidak', kabid, wib('2025-03-04T15:10')))
      .then([decisionTaken('1.3', 'tidak', kabidRef, wib('2025-03-04T15:10'), '1.2'), caseLoopedBack('1.3', '1.2', 2, wib('2025-03-04T15:10'))]);
  });

  it('a "tidak" that names no step is refused, never taken as the end: DECISION_BRANCH_MISSING', () => {
    // The SOP's decision at 2.2 lacks its "tidak" target (as the importer leaves it when it cannot resolve it).
    const content = layananInformasiSop();
    expect(content.procedures[1].steps[1].decision?.tidak).toBeNull();
    const kadisRef = ref('u-kadis', 'KEPALA_DINAS');
    const history = [
      caseStarted(T0, { content, procedureIndexes: [1], firstStepKey: '2.1' }),
      stepStarted('2.2', kadisRef, wib('2025-03-03T09:00'), content),
      stepCompleted('2.2', kadisRef, wib('2025-03-03T09:00'), wib('2025-03-03T10:00'), { nextStepKey: null, awaitingDecision: true }, {}, content),
    ];
    given(history).when(decide('2.2', 'tidak', kadis, wib('2025-03-03T10:05'))).thenRefuses({ kind: 'illegal_state', code: 'DECISION_BRANCH_MISSING' });
    // The other answer still runs, so the case is not stuck on the missing branch.
    given(history).when(decide('2.2', 'ya', kadis, wib('2025-03-03T10:05'))).then([decisionTaken('2.2', 'ya', kadisRef, wib('2025-03-03T10:05'), '2.3', content)]);
  });

  it('a "ya" without target on the last step is refused too: the flowchart does not end on a missing branch', () => {
    const base = layananInformasiSop();
    const procedure = base.procedures[1];
    const last = { ...procedure.steps[1], decision: { question: 'Disetujui?', ya: null, tidak: 1 } };
    const content = { ...base, procedures: [base.procedures[0], { ...procedure, steps: [procedure.steps[0], last] }] };
    const kadisRef = ref('u-kadis', 'KEPALA_DINAS');
    given([
      caseStarted(T0, { content, procedureIndexes: [1], firstStepKey: '2.1' }),
      stepStarted('2.2', kadisRef, wib('2025-03-03T09:00'), content),
      stepCompleted('2.2', kadisRef, wib('2025-03-03T09:00'), wib('2025-03-03T10:00'), { nextStepKey: null, awaitingDecision: true }, {}, content),
    ])
      .when(decide('2.2', 'ya', kadis, wib('2025-03-03T10:05')))
      .thenRefuses({ kind: 'illegal_state', code: 'DECISION_BRANCH_MISSING' });
  });

  it('a "ya" that names no step goes to the next step in order', () => {
    const content = layananInformasiSop();
    const kadisRef = ref('u-kadis', 'KEPALA_DINAS');
    given([
      caseStarted(T0, { content, procedureIndexes: [1], firstStepKey: '2.1' }),
      stepStarted('2.2', kadisRef, wib('2025-03-03T09:00'), content),
      stepCompleted('2.2', kadisRef, wib('2025-03-03T09:00'), wib('2025-03-03T10:00'), { nextStepKey: null, awaitingDecision: true }, {}, content),
    ])
      .when(decide('2.2', 'ya', kadis, wib('2025-03-03T10:05')))
      .then([decisionTaken('2.2', 'ya', kadisRef, wib('2025-03-03T10:05'), '2.3', content)]);
  });

  it('refuses a user who is not the decision step pelaksana: NOT_PELAKSANA', () => {
    given(awaiting13).when(decide('1.3', 'ya', staf, wib('2025-03-04T11:05'))).thenRefuses({ kind: 'forbidden', code: 'NOT_PELAKSANA' });
  });

  it('refuses when no decision is pending on that step: NO_DECISION_PENDING', () => {
    given(awaiting13.slice(0, 6)).when(decide('1.3', 'ya', kabid, wib('2025-03-04T11:05'))).thenRefuses({ kind: 'illegal_state', code: 'NO_DECISION_PENDING' });
    given(awaiting13).when(decide('1.2', 'ya', staf, wib('2025-03-04T11:05'))).thenRefuses({ kind: 'illegal_state', code: 'NO_DECISION_PENDING' });
  });

  it('refuses an answer other than ya / tidak: DECISION_ANSWER_INVALID', () => {
    given(awaiting13)
      .when({ ...decide('1.3', 'ya', kabid, wib('2025-03-04T11:05')), answer: 'mungkin' as 'ya' })
      .thenRefuses({ kind: 'validation', code: 'DECISION_ANSWER_INVALID' });
  });
});
