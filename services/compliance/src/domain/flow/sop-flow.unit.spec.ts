import { buildSopFlow } from './sop-flow';
import { layananInformasiSop, skPanitiaSop } from '../testing/sop.fixtures';

describe('buildSopFlow', () => {
  it('orders the steps of all procedures and keys them <procedure>.<no>', () => {
    expect(buildSopFlow(layananInformasiSop()).steps.map((s) => s.key)).toEqual(['1.1', '1.2', '1.3', '2.1', '2.2', '2.3']);
  });

  it('goes from the last step of one procedure to the first of the next', () => {
    expect(buildSopFlow(layananInformasiSop()).next('1.3', null)).toBe('2.1');
  });

  it('tells a missing branch apart from the end: a "tidak" without target is missing, never the end', () => {
    const info = buildSopFlow(layananInformasiSop(), [1]);
    expect([info.branch('2.2', 'ya'), info.branch('2.2', 'tidak'), info.branch('2.3', null), info.branch('2.1', null)]).toEqual([
      { kind: 'step', key: '2.3' },
      { kind: 'missing', answer: 'tidak' },
      { kind: 'end' },
      { kind: 'step', key: '2.2' },
    ]);
    expect(buildSopFlow(skPanitiaSop()).branch('1.3', 'tidak')).toEqual({ kind: 'step', key: '1.2' });
  });

  it('follows decision branches for replayed history; "tidak" without a target gives null there, "ya" without one goes on in order', () => {
    const flow = buildSopFlow(skPanitiaSop());
    expect([flow.next('1.3', 'ya'), flow.next('1.3', 'tidak'), flow.successors('1.3')]).toEqual(['1.4', '1.2', ['1.4', '1.2']]);
    const info = buildSopFlow(layananInformasiSop(), [1]);
    expect([info.next('2.2', 'ya'), info.next('2.2', 'tidak'), info.successors('2.2')]).toEqual(['2.3', null, ['2.3', null]]);
  });

  it('tells loop backs: to the same or an earlier step', () => {
    const flow = buildSopFlow(skPanitiaSop());
    expect([flow.isLoopBack('1.3', '1.2'), flow.isLoopBack('1.3', '1.3'), flow.isLoopBack('1.3', '1.4'), flow.isLoopBack('1.3', null)]).toEqual([true, true, false, false]);
  });

  it('ends after the last step', () => {
    expect(buildSopFlow(skPanitiaSop()).next('1.5', null)).toBeNull();
  });
});
