import { caseFactsFrom } from './case-facts';
import { caseA, caseB, caseOpen } from '../testing/case-scenarios.fixture';
import { wib } from '../testing/case-events.builder';

describe('caseFactsFrom', () => {
  it('keeps one execution per run of a step, with its decision', () => {
    const facts = caseFactsFrom(caseA());
    expect(facts.executions.map((e) => [e.seq, e.stepKey, e.actor.role, e.decision])).toEqual([
      [1, '1.1', 'KASI', null],
      [2, '1.2', 'STAF', null],
      [3, '1.3', 'KEPALA_BIDANG', 'tidak'],
      [4, '1.2', 'STAF', null],
      [5, '1.3', 'KEPALA_BIDANG', 'ya'],
      [6, '1.4', 'KEPALA_DINAS', null],
      [7, '1.5', 'PETUGAS', null],
    ]);
    expect(facts.executions[2]).toMatchObject({ completedAt: wib('2025-03-05T09:00'), decidedAt: wib('2025-03-05T09:30') });
    expect([facts.status, facts.completedAt, facts.reworkLoops, facts.current]).toEqual(['completed', wib('2025-03-06T11:00'), 1, null]);
  });

  it('records paper executions with their role as written and kelengkapan as checked', () => {
    const facts = caseFactsFrom(caseB());
    expect(facts.origin).toBe('historical');
    expect(facts.executions[0]).toMatchObject({ origin: 'historical', stepKey: '1.1', actor: { role: 'STAF' }, kelengkapanChecked: [] });
    expect(facts.executions[1].actor.role).toBeNull();
  });

  it('knows where an open case stands and since when', () => {
    expect(caseFactsFrom(caseOpen()).current).toEqual({ stepKey: '1.2', phase: 'in_progress', readySince: wib('2025-03-03T14:00'), startedAt: wib('2025-03-03T14:30') });
  });

  it('refuses a stream that does not start with CaseStarted', () => {
    expect(() => caseFactsFrom(caseA().slice(1))).toThrow('a case stream starts with CaseStarted');
  });
});
