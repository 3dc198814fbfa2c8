import { changed } from '../testing/content.helpers';
import { kadis, noRole, staf } from '../testing/actors.fixture';
import { caseStarted, CASE_ID, ref, SOP_ID, wib } from '../testing/case-events.builder';
import { given } from '../testing/decider-spec';
import { layananInformasiSop, skPanitiaSop } from '../testing/sop.fixtures';
import type { StartCase } from './case.commands';

const start = (overrides: Partial<StartCase> = {}): StartCase => ({
  type: 'StartCase',
  caseId: CASE_ID,
  sop: { sopId: SOP_ID, version: 2, content: skPanitiaSop() },
  procedureIndex: null,
  origin: { kind: 'live' },
  actor: staf,
  at: wib('2025-03-03T08:00'),
  ...overrides,
});

describe('StartCase', () => {
  it('pins the SOP version and its content, and makes the first step ready', () => {
    given([]).when(start()).then([caseStarted(wib('2025-03-03T08:00'))]);
  });

  it('runs one procedure of a multi-procedure SOP when asked', () => {
    const content = layananInformasiSop();
    given([])
      .when(start({ sop: { sopId: SOP_ID, version: 2, content }, procedureIndex: 1, actor: kadis }))
      .then([caseStarted(wib('2025-03-03T08:00'), { content, procedureIndexes: [1], firstStepKey: '2.1', startedBy: ref('u-kadis', 'KEPALA_DINAS') })]);
  });

  it('keeps the paper start of a historical case and its source', () => {
    given([])
      .when(start({ origin: { kind: 'historical', startedAt: '2024-11-04T08:15:00+07:00', source: 'Buku Agenda 2024 hlm. 3' } }))
      .then([
        caseStarted(wib('2024-11-04T08:15'), { recordedAt: wib('2025-03-03T08:00'), origin: 'historical', source: 'Buku Agenda 2024 hlm. 3' }),
      ]);
  });

  it('refuses a case id that already has events', () => {
    given([caseStarted(wib('2025-03-03T08:00'))]).when(start()).thenRefuses({ kind: 'illegal_state', code: 'CASE_ALREADY_STARTED' });
  });

  it('refuses a user without any platform role', () => {
    given([]).when(start({ actor: noRole })).thenRefuses({ kind: 'forbidden', code: 'NO_STAFF_ROLE' });
  });

  it('refuses a procedure the SOP does not have', () => {
    given([]).when(start({ procedureIndex: 3 })).thenRefuses({ kind: 'validation', code: 'PROCEDURE_UNKNOWN' });
  });

  it('refuses an SOP without steps', () => {
    const empty = changed(skPanitiaSop(), (c) => (c.procedures[0].steps = []));
    given([]).when(start({ sop: { sopId: SOP_ID, version: 2, content: empty } })).thenRefuses({ kind: 'validation', code: 'SOP_WITHOUT_STEPS' });
  });

  it('refuses an SOP whose decision names a missing step', () => {
    const broken = changed(skPanitiaSop(), (c) => (c.procedures[0].steps[2].decision = { question: '?', ya: 4, tidak: 9 }));
    given([])
      .when(start({ sop: { sopId: SOP_ID, version: 2, content: broken } }))
      .thenRefuses({ kind: 'illegal_state', code: 'DECISION_TARGET_UNKNOWN', details: [{ field: 'procedures[0].steps[2].decision.tidak', message: 'no step 9' }] });
  });

  it('refuses a historical start in the future or without a source', () => {
    given([])
      .when(start({ origin: { kind: 'historical', startedAt: '2025-03-04T08:00:00+07:00', source: 'Buku Agenda' } }))
      .thenRefuses({ kind: 'validation', code: 'HISTORY_TIME_INVALID' });
    given([])
      .when(start({ origin: { kind: 'historical', startedAt: '2025-03-01T08:00:00+07:00', source: '  ' } }))
      .thenRefuses({ kind: 'validation', code: 'HISTORY_SOURCE_REQUIRED' });
  });
});
