import { buildSopFlow } from '../flow/sop-flow';
import { layananInformasiSop, skPanitiaSop } from '../testing/sop.fixtures';
import { replayCase, type ReplayedExecution } from './conformance.replay';

// Flow of skPanitiaSop: 1.1 -> 1.2 -> 1.3 (ya -> 1.4, tidak -> 1.2) -> 1.4 -> 1.5 -> end.
const flow = buildSopFlow(skPanitiaSop());
const trace = (...steps: Array<string | [string, 'ya' | 'tidak']>): ReplayedExecution[] =>
  steps.map((s, i) => (typeof s === 'string' ? { seq: i + 1, stepKey: s, decision: null } : { seq: i + 1, stepKey: s[0], decision: s[1] }));

describe('replayCase (token replay)', () => {
  it('fits a trace that follows the flowchart, loops included: fitness 1', () => {
    const result = replayCase(flow, trace('1.1', '1.2', ['1.3', 'tidak'], '1.2', ['1.3', 'ya'], '1.4', '1.5'), true, null);
    expect(result).toMatchObject({ fitness: 1, produced: 8, consumed: 8, missing: 0, remaining: 0, skipped: [], extra: [], outOfOrder: [] });
  });

  it('1.1, 1.2, 1.5: two steps skipped', () => {
    // 1.5 has no token; the token at 1.3 is on its forward path 1.3 -> 1.4 -> 1.5, so 1.3 and 1.4 are passed over.
    // produced 1 + 3 = 4, consumed 3 + 1 = 4, missing 1, remaining 1: 1/2 (3/4) + 1/2 (3/4) = 0.75.
    expect(replayCase(flow, trace('1.1', '1.2', '1.5'), true, null)).toMatchObject({
      fitness: 0.75,
      missing: 1,
      remaining: 1,
      skipped: ['1.3', '1.4'],
      fit: { 1: 'fitting', 2: 'fitting', 3: 'jumped_ahead' },
    });
  });

  it('a step skipped in the first round stays skipped although the loop back then runs it', () => {
    // 1.3 jumps over 1.2 and says "tidak": the new round starts at 1.2, which now fits. The stale token at 1.2 remains.
    // produced 7, consumed 7, missing 1, remaining 1: 6/7.
    expect(replayCase(flow, trace('1.1', ['1.3', 'tidak'], '1.2', ['1.3', 'ya'], '1.4', '1.5'), true, null)).toMatchObject({
      fitness: 0.8571,
      skipped: ['1.2'],
      outOfOrder: [],
      fit: { 3: 'fitting' },
    });
  });

  it('a completed case that never reached the end is missing the end token', () => {
    // Completed after 1.3 said "ya" (e.g. closed by hand on paper): the token waits at 1.4; the end has none.
    // produced 1 + 3 = 4, consumed 3 + 1 = 4, missing 1, remaining 1: 0.75.
    expect(replayCase(flow, trace('1.1', '1.2', ['1.3', 'ya']), true, null)).toMatchObject({ fitness: 0.75, missing: 1, remaining: 1, skipped: [] });
  });

  it('a step run before its predecessor makes the predecessor out of order: 1.2, then 1.1', () => {
    // 1.2 has no token but is ahead of the token at 1.1: it jumps over 1.1 (passed over); 1.1 then takes its token late.
    const result = replayCase(flow, trace('1.2', '1.1'), false, '1.2');
    expect(result).toMatchObject({ outOfOrder: [2], skipped: [], fit: { 1: 'jumped_ahead', 2: 'out_of_order' } });
  });

  it('a step run again behind the flow is extra: 1.1, 1.2, 1.2', () => {
    // The second 1.2 has no token and 1.2 is not ahead of the token at 1.3. Open case waiting at 1.3, which holds
    // 2 tokens (one is the extra's): produced 4, consumed 3, missing 1, remaining 1: 1/2 (2/3) + 1/2 (3/4) = 0.7083.
    expect(replayCase(flow, trace('1.1', '1.2', '1.2'), false, '1.3')).toMatchObject({ fitness: 0.7083, missing: 1, remaining: 1, extra: [3], fit: { 3: 'extra' } });
  });

  it('honours a "tidak" without target as the end of the flowchart', () => {
    const info = buildSopFlow(layananInformasiSop(), [1]);
    expect(replayCase(info, trace('2.1', ['2.2', 'tidak']), true, null)).toMatchObject({ fitness: 1, skipped: [] });
  });

  it('an empty open case fits', () => {
    expect(replayCase(flow, [], false, '1.1')).toMatchObject({ fitness: 1, produced: 1, consumed: 0, remaining: 0 });
  });
});
