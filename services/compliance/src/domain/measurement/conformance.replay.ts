import type { DecisionAnswer, SopFlow } from '../flow/sop-flow';

/** A finished step execution, as the replay sees it. */
export interface ReplayedExecution {
  seq: number;
  stepKey: string;
  decision: DecisionAnswer | null;
}

/** How one execution fitted the flowchart. */
export type ExecutionFit =
  /** the flow had a token for it */
  | 'fitting'
  /** no token, but a later step of the path: the steps in between were passed over (see `skipped`) */
  | 'jumped_ahead'
  /** a step that had been passed over, executed late */
  | 'out_of_order'
  /** the flow did not allow it here, and it is no jump ahead (e.g. a step repeated without a loop back) */
  | 'extra';

export interface ConformanceResult {
  /**
   * Token-replay fitness (Rozinat & van der Aalst 2008), 0..1:
   *   fitness = 1/2 (1 - missing / consumed) + 1/2 (1 - remaining / produced)
   * produced counts the initial token and one per fired step; consumed counts one per fired step plus, for a
   * completed case, the final token taken from the end place. A perfectly fitting trace scores 1.
   * For an open or cancelled case the replay stops at the step the case stands at: the one token waiting there
   * is neither remaining nor missing, and there is no final consumption (fitness of the prefix).
   */
  fitness: number;
  produced: number;
  consumed: number;
  missing: number;
  remaining: number;
  /** Steps passed over (a later step of their path ran without them) and never executed afterwards, in flow order. */
  skipped: string[];
  /** Executions (by seq) the flow did not allow. */
  extra: number[];
  /** Executions (by seq) of passed-over steps run late. */
  outOfOrder: number[];
  fit: Record<number, ExecutionFit>;
}

const END = '#end';

/** Steps on the shortest forward path from `from` to `to` (excluding `to`); null when `to` is not ahead of `from`. */
function forwardPath(flow: SopFlow, from: string, to: string): string[] | null {
  const index = (key: string) => flow.get(key)?.index ?? -1;
  const previous = new Map<string, string>();
  const queue = [from];
  const seen = new Set([from]);
  while (queue.length > 0) {
    const key = queue.shift() as string;
    if (key === to) {
      const path: string[] = [];
      for (let k = previous.get(to); k !== undefined; k = previous.get(k)) path.unshift(k);
      return path;
    }
    for (const next of flow.successors(key)) {
      if (next === null || seen.has(next) || index(next) <= index(key)) continue;
      seen.add(next);
      previous.set(next, key);
      queue.push(next);
    }
  }
  return null;
}

/**
 * Replays finished executions (in the order they happened) as tokens on the SOP's flowchart. Decision steps send
 * their token down the branch the recorded answer took, so loops back are fitting behaviour, not deviations
 * (a decision recorded without its answer, possible only for history added after completion, follows "ya").
 * `ended`: the case completed (the end place must hold the final token). `waitingAt`: for an open or cancelled
 * case, the step it stands at.
 */
export function replayCase(flow: SopFlow, executions: readonly ReplayedExecution[], ended: boolean, waitingAt: string | null): ConformanceResult {
  const marking = new Map<string, number>([[flow.first.key, 1]]);
  const tokens = (place: string) => marking.get(place) ?? 0;
  const add = (place: string, n: number) => marking.set(place, tokens(place) + n);
  let produced = 1;
  let consumed = 0;
  let missing = 0;
  const passedOver = new Set<string>();
  const skippedInEarlierRound = new Set<string>();
  const extra: number[] = [];
  const outOfOrder: number[] = [];
  const fit: Record<number, ExecutionFit> = {};

  for (const execution of executions) {
    const place = execution.stepKey;
    consumed += 1;
    if (tokens(place) > 0) {
      add(place, -1);
      fit[execution.seq] = passedOver.delete(place) ? 'out_of_order' : 'fitting';
    } else {
      missing += 1;
      if (passedOver.delete(place)) {
        fit[execution.seq] = 'out_of_order';
      } else {
        let best: { from: string; path: string[] } | null = null;
        for (const [from, count] of marking) {
          if (count <= 0 || from === END) continue;
          const path = forwardPath(flow, from, place);
          if (path && (best === null || (flow.get(from)?.index ?? -1) > (flow.get(best.from)?.index ?? -1))) best = { from, path };
        }
        if (best) best.path.forEach((key) => passedOver.add(key));
        fit[execution.seq] = best ? 'jumped_ahead' : 'extra';
      }
    }
    if (fit[execution.seq] === 'out_of_order') outOfOrder.push(execution.seq);
    if (fit[execution.seq] === 'extra') extra.push(execution.seq);
    const next = flow.next(place, execution.decision);
    if (flow.isLoopBack(place, next)) {
      // A new round starts: steps passed over inside the loop stay skipped for the round that passed them.
      const from = flow.get(next as string)?.index ?? 0;
      const to = flow.get(place)?.index ?? 0;
      for (const key of [...passedOver]) {
        const index = flow.get(key)?.index ?? -1;
        if (index >= from && index <= to) {
          passedOver.delete(key);
          skippedInEarlierRound.add(key);
        }
      }
    }
    add(next ?? END, 1);
    produced += 1;
  }

  if (ended) {
    consumed += 1;
    if (tokens(END) > 0) add(END, -1);
    else missing += 1;
  } else if (waitingAt !== null && tokens(waitingAt) > 0) {
    add(waitingAt, -1);
  }
  const remaining = [...marking.values()].reduce((sum, n) => sum + n, 0);
  const fitness = 0.5 * (1 - (consumed === 0 ? 0 : missing / consumed)) + 0.5 * (1 - remaining / produced);
  const skipped = flow.steps.map((s) => s.key).filter((key) => passedOver.has(key) || skippedInEarlierRound.has(key));
  return { fitness: Math.round(fitness * 1e4) / 1e4, produced, consumed, missing, remaining, skipped, extra, outOfOrder, fit };
}
