import { caseFactsFrom } from './case-facts';
import { measureCase, type CaseMeasurement } from './case-measurement';
import { calendarWib, caseA, caseB, caseC, caseCancelled, caseD, caseOpen } from '../testing/case-scenarios.fixture';
import { layananInformasiSop, skPanitiaSop } from '../testing/sop.fixtures';
import { paperStep, startCase } from '../testing/case-commands.builder';
import { play } from '../testing/decider-spec';
import { wib } from '../testing/case-events.builder';
import type { CaseEvent } from '../case/case.events';

const measure = (events: CaseEvent[], clockStartsAt: 'ready' | 'started' = 'ready'): CaseMeasurement =>
  measureCase({ facts: caseFactsFrom(events), content: skPanitiaSop(), calendar: calendarWib(), options: { clockStartsAt } });

/** stepKey, on time?, office minutes, amount in the standard's unit (or office minutes without standard). */
const timing = (m: CaseMeasurement) => m.executions.map((e) => [e.stepKey, e.waktu?.onTime, e.waktu?.duration.officeMinutes, e.waktu?.actual.amount]);

describe('measureCase', () => {
  describe('case A: live, one rework loop', () => {
    const m = measure(caseA());

    it('measures each execution from when the step became ready', () => {
      expect(timing(m)).toEqual([
        // 1.1 (1 hari): ready Mon 08:00 (case start), done Mon 14:00 = 360 min; due Tue 08:00; 360/510 hari.
        ['1.1', true, 360, 0.7059],
        // 1.2 (1 hari): ready Mon 14:00 (390 min into the day), due Tue 14:00; done Tue 15:00 = 120 + 450 = 570 min, 1 + 60/510 hari.
        ['1.2', false, 570, 1.1176],
        // 1.3 (2 Jam): ready Tue 15:00, decided "tidak" Wed 09:30 = 60 + 120 = 180 min = 3 jam.
        ['1.3', false, 180, 3],
        // 1.2 again: ready Wed 09:30, done 11:00 = 90 min = 90/510 hari.
        ['1.2', true, 90, 0.1765],
        // 1.3 again: ready Wed 11:00, decided "ya" 13:30 = 150 min = 2.5 jam.
        ['1.3', false, 150, 2.5],
        // 1.4 (Maksimal 1 hari): ready Wed 13:30, due Thu 13:30; done Thu 10:00 = 150 + 150 = 300 min.
        ['1.4', true, 300, 0.5882],
        // 1.5 (Menyesuaikan): no standard; ready Thu 10:00, done 11:00 = 60 office minutes.
        ['1.5', null, 60, 60],
      ]);
    });

    it('says by how much a step was late', () => {
      expect(m.executions.map((e) => e.waktu?.overByOfficeMinutes)).toEqual([0, 60, 60, 0, 30, 0, null]);
      expect(m.executions[2].waktu?.overBy).toEqual({ amount: 1, unit: 'jam' });
    });

    it('sums per step', () => {
      expect(m.steps.map((s) => [s.stepKey, s.executions, s.onTime, s.late, s.noStandard, s.officeMinutes, s.lateOfficeMinutes])).toEqual([
        ['1.1', 1, 1, 0, 0, 360, 0],
        ['1.2', 2, 1, 1, 0, 660, 60],
        ['1.3', 2, 0, 2, 0, 330, 90],
        ['1.4', 1, 1, 0, 0, 300, 0],
        ['1.5', 1, 0, 0, 1, 60, 0],
      ]);
    });

    it('has no deviations, one rework loop and perfect fitness (the loop is in the SOP)', () => {
      expect(m.deviations).toEqual([]);
      expect(m.reworkLoops).toBe(1);
      // 7 fired steps: produced 1 + 7 = 8, consumed 7 + the end token = 8, nothing missing or remaining.
      expect(m.conformance).toMatchObject({ fitness: 1, produced: 8, consumed: 8, missing: 0, remaining: 0, skipped: [], extra: [], outOfOrder: [] });
    });

    it('measures the whole case: Mon 08:00 to Thu 11:00', () => {
      // 480 (Mon) + 510 + 510 + 210 (Thu to 11:00) = 1710. Days: due Tue/Wed/Thu 08:00 passed, then 180 of the 510 minutes to Fri 08:00.
      expect(m.duration).toEqual({ officeMinutes: 1710, workingDays: 3.3529 });
      expect([m.status, m.current]).toEqual(['completed', null]);
    });

    it("measures from the pelaksana's start when configured", () => {
      // 1.2 started Mon 15:00 and done Tue 15:00: exactly 1 hari, on time.
      const started = measure(caseA(), 'started');
      expect(started.executions[1].waktu).toMatchObject({ onTime: true, actual: { amount: 1, unit: 'hari' } });
      expect(started.executions[1].clockStart).toBe(wib('2025-03-03T15:00'));
    });
  });

  describe('case B: from paper, with deviations', () => {
    const m = measure(caseB());

    it('flags the wrong role, the missing kelengkapan and output, the unrecorded role and the skipped step', () => {
      expect(m.deviations).toEqual([
        { kind: 'not_pelaksana', stepKey: '1.1', seq: 1, role: 'STAF', pelaksana: ['KASUBID'] },
        { kind: 'kelengkapan_missing', stepKey: '1.1', seq: 1, missing: ['RKA/DPA'] },
        { kind: 'pelaksana_unverified', stepKey: '1.2', seq: 2, reason: 'role_not_recorded' },
        { kind: 'output_missing', stepKey: '1.5', seq: 4 },
        { kind: 'skipped', stepKey: '1.3' },
      ]);
    });

    it('replays 1.1, 1.2, 1.4, 1.5: 1.4 has no token (1.3 was passed over), one token left at 1.3', () => {
      // produced 1 + 4 = 5, consumed 4 + end = 5, missing 1, remaining 1: 1/2 (1 - 1/5) + 1/2 (1 - 1/5) = 0.8.
      expect(m.conformance).toMatchObject({ fitness: 0.8, produced: 5, consumed: 5, missing: 1, remaining: 1, skipped: ['1.3'] });
      expect(m.executions.map((e) => e.fit)).toEqual(['fitting', 'fitting', 'jumped_ahead', 'fitting']);
    });

    it('measures paper times from the previous record', () => {
      // 1.1 Mon 08:00-12:00 = 240; 1.2 Mon 12:00-Tue 10:00 = 240 + 150 = 390; 1.4 Tue 10:00-Wed 10:00 = 1 hari exactly.
      expect(timing(m)).toEqual([
        ['1.1', true, 240, 0.4706],
        ['1.2', true, 390, 0.7647],
        ['1.4', true, 510, 1],
        ['1.5', null, 60, 60],
      ]);
      expect(m.executions.map((e) => e.inRole)).toEqual([false, null, true, true]);
    });
  });

  it('case C: a passed-over step done late is out of order', () => {
    const m = measure(caseC());
    // 1.4 jumps ahead (1.3 passed over); 1.3 then takes the token left at its place and is out of order; its "ya"
    // puts a token at 1.4 that stays. produced 6, consumed 6, missing 1, remaining 1: fitness 5/6.
    expect(m.conformance).toMatchObject({ fitness: 0.8333, missing: 1, remaining: 1, skipped: [], outOfOrder: [4], extra: [] });
    expect(m.deviations).toEqual([{ kind: 'out_of_order', stepKey: '1.3', seq: 4 }]);
    // 1.3 (2 Jam): ready Tue 14:00 (after 1.4), done Wed 09:00 = 120 + 90 = 210 min: late by 90.
    expect(m.executions[3].waktu).toMatchObject({ onTime: false, overByOfficeMinutes: 90 });
  });

  it('case D: a step repeated without a loop back is extra', () => {
    const m = measure(caseD());
    // The second 1.2 has no token and is not ahead of the token at 1.3: extra. produced 7, consumed 7, missing 1,
    // remaining 1 (the surplus token at 1.3): fitness 6/7.
    expect(m.conformance).toMatchObject({ fitness: 0.8571, missing: 1, remaining: 1, extra: [3], skipped: [] });
    expect(m.deviations).toEqual([{ kind: 'extra', stepKey: '1.2', seq: 3 }]);
    expect(m.reworkLoops).toBe(0);
  });

  it('an open case: the replay stops at the step in progress, and the case knows where it stands', () => {
    const m = measure(caseOpen());
    // 1.1 fired: produced 2, consumed 1; the token waiting at 1.2 is neither missing nor remaining.
    expect(m.conformance).toMatchObject({ fitness: 1, produced: 2, consumed: 1, missing: 0, remaining: 0 });
    expect(m.current).toEqual({ stepKey: '1.2', phase: 'in_progress', clockStart: wib('2025-03-03T14:00'), waktu: skPanitiaSop().procedures[0].steps[1].mutuBaku.waktu });
    expect(m.executions[1]).toMatchObject({ stepKey: '1.2', finishedAt: null, waktu: null, fit: null });
    expect([m.status, m.duration]).toEqual(['open', null]);
  });

  it('a cancelled case keeps its late step and no case duration', () => {
    const m = measure(caseCancelled());
    // 1.1: ready Mon 08:00, due Tue 08:00, done Tue 09:00: 60 office minutes late.
    expect(m.executions[0].waktu).toMatchObject({ onTime: false, overByOfficeMinutes: 60 });
    expect([m.status, m.cancelledAt, m.duration, m.current]).toEqual(['cancelled', wib('2025-03-04T10:00'), null, null]);
    expect(m.conformance).toMatchObject({ fitness: 1, remaining: 0 });
  });

  it('cannot verify the role of a step whose pelaksana no rule maps', () => {
    const content = layananInformasiSop();
    const events = play([
      startCase('case-J', wib('2025-03-03T08:00'), { sop: { sopId: 'sop-jatim', version: 1, content }, procedureIndex: 0, origin: { kind: 'historical', startedAt: wib('2025-03-03T08:00'), source: 'Agenda' } }),
      paperStep('1.1', 'PETUGAS', wib('2025-03-03T08:20'), { kelengkapanChecked: ['Surat Pengantar', 'Proposal penelitian'] }),
      paperStep('1.2', 'KEPALA_DINAS', wib('2025-03-03T15:00'), { kelengkapanChecked: ['Surat Pengantar'] }),
      paperStep('1.3', 'PETUGAS', wib('2025-03-04T10:00'), { kelengkapanChecked: [] }),
    ]);
    const m = measureCase({ facts: caseFactsFrom(events), content, calendar: calendarWib() });
    expect(m.deviations).toEqual([{ kind: 'pelaksana_unverified', stepKey: '1.3', seq: 3, reason: 'pelaksana_unmapped' }]);
    // 1.1 "10 Menit": ready 08:00 (offices open 07:30), done 08:20 = 20 office minutes, 10 over.
    expect(m.executions[0].waktu).toMatchObject({ actual: { amount: 20, unit: 'menit' }, onTime: false, overBy: { amount: 10, unit: 'menit' } });
  });

  it('flags times that run backwards (e.g. a server clock set back) and does not measure them', () => {
    const facts = caseFactsFrom(caseOpen());
    facts.executions[0] = { ...facts.executions[0], startedAt: wib('2025-03-03T10:00'), completedAt: wib('2025-03-03T09:00') };
    const m = measureCase({ facts, content: skPanitiaSop(), calendar: calendarWib(), options: { clockStartsAt: 'started' } });
    expect(m.deviations).toEqual([{ kind: 'times_invalid', stepKey: '1.1', seq: 1 }]);
    expect(m.executions[0].waktu).toBeNull();
  });
});
