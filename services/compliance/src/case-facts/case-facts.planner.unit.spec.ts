import { planCaseCommands, type RecordedCaseFact } from './case-facts.planner';

const actor = { userId: 'u-1', role: 'KASI' };
const fact = (id: string, type: string, payload: object): RecordedCaseFact => ({ id, type, source: '/jejak/letters', payload: { caseId: 'c', actor, ...payload } });
const isDecision = (stepKey: string) => stepKey === '1.2';

describe('planCaseCommands', () => {
  it('plans a step when it completes, with the start reported before', () => {
    const plan = planCaseCommands(
      [
        fact('f1', 'jejak.case.opened.v1', { at: 't0', sop: { nomor: 'X' }, reference: 'R', origin: 'o' }),
        fact('f2', 'jejak.case.step-started.v1', { at: 't1', stepKey: '1.1' }),
        fact('f3', 'jejak.case.step-completed.v1', { at: 't2', stepKey: '1.1', kelengkapan: ['A'], output: 'Draf', documentRef: 'D-1' }),
      ],
      isDecision,
    );
    expect(plan.map((p) => [p.kind, p.factId])).toEqual([['open', 'f1'], ['step', 'f3']]);
    expect(plan[1]).toMatchObject({ stepKey: '1.1', startedAt: 't1', completedAt: 't2', kelengkapan: ['A'], output: 'Draf', documentRef: 'D-1', decision: null });
  });

  it('waits for the answer of a decision step, and finishes it with the answer', () => {
    const facts = [
      fact('f1', 'jejak.case.step-started.v1', { at: 't1', stepKey: '1.2' }),
      fact('f2', 'jejak.case.step-completed.v1', { at: 't2', stepKey: '1.2', kelengkapan: [], output: 'Paraf' }),
    ];
    expect(planCaseCommands(facts, isDecision)).toEqual([]);
    const plan = planCaseCommands([...facts, fact('f3', 'jejak.case.decision-taken.v1', { at: 't3', stepKey: '1.2', decision: 'tidak' })], isDecision);
    expect(plan).toEqual([
      expect.objectContaining({ kind: 'step', factId: 'f3', stepKey: '1.2', startedAt: 't1', completedAt: 't3', output: 'Paraf', decision: 'tidak' }),
    ]);
  });

  it('plans a decision reported without its completion, and a cancellation', () => {
    const plan = planCaseCommands(
      [fact('f1', 'jejak.case.decision-taken.v1', { at: 't1', stepKey: '1.2', decision: 'ya' }), fact('f2', 'jejak.case.cancelled.v1', { at: 't2', reason: 'ditarik' })],
      isDecision,
    );
    expect(plan).toEqual([
      expect.objectContaining({ kind: 'step', factId: 'f1', startedAt: null, completedAt: 't1', kelengkapan: [], output: '', decision: 'ya' }),
      expect.objectContaining({ kind: 'cancel', factId: 'f2' }),
    ]);
  });

  it('plans the same commands from the same facts (a re-run is a no-op for the process manager)', () => {
    const facts = [fact('f1', 'jejak.case.step-completed.v1', { at: 't1', stepKey: '1.1', kelengkapan: [], output: 'x' })];
    expect(planCaseCommands(facts, isDecision)).toEqual(planCaseCommands(facts, isDecision));
  });
});
