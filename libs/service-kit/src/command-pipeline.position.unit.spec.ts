import { comparePositions, InMemoryEventStore, type EventMetadata } from '@jejak/event-store';
import { createWriteReceiptMiddleware, currentWritePosition, type PlatformRequest, type PlatformResponse } from '@jejak/nest-platform';
import { CommandPipeline } from './command-pipeline';
import { TrainingAggregate } from './testing/training.aggregate';

const metadata: EventMetadata = { tenant: '61', actor: { userId: 'u-2', role: 'staf' }, correlationId: 'corr-3' };
const at = '2024-06-03T01:00:00.000Z';

/** Runs `work` as the platform runs a request: inside its write receipt. */
function inRequest<T>(work: () => Promise<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    createWriteReceiptMiddleware()({ headers: {} } as PlatformRequest, {} as PlatformResponse, () => {
      work().then(resolve, reject);
    });
  });
}

describe('CommandPipeline and the write receipt (X-Jejak-Position)', () => {
  it('records the position of the last event a request appended, across commands; nothing outside a request', async () => {
    const store = new InMemoryEventStore();
    const pipeline = new CommandPipeline(store);
    const seen = await inRequest(async () => {
      const opened = await pipeline.execute(TrainingAggregate, { id: 'p1', command: { type: 'OpenTraining', data: { seats: 2, at } }, metadata, create: true });
      const afterFirst = currentWritePosition();
      const other = await pipeline.execute(TrainingAggregate, { id: 'p2', command: { type: 'OpenTraining', data: { seats: 2, at } }, metadata, create: true });
      return { opened, other, afterFirst, afterBoth: currentWritePosition() };
    });
    expect(seen.afterFirst).toEqual(seen.opened.position);
    expect(seen.afterBoth).toEqual(seen.other.position);
    expect(comparePositions(seen.other.position!, seen.opened.position!)).toBeGreaterThan(0);
    // Outside a request there is no receipt, and the pipeline works as before.
    await pipeline.execute(TrainingAggregate, { id: 'p3', command: { type: 'OpenTraining', data: { seats: 1, at } }, metadata, create: true });
    expect(currentWritePosition()).toBeUndefined();
  });

  it('an idempotent create that replays its first outcome records that outcome\'s position', async () => {
    const store = new InMemoryEventStore();
    const pipeline = new CommandPipeline(store);
    const options = { id: 'p4', command: { type: 'OpenTraining' as const, data: { seats: 2, at } }, metadata, create: true, idempotency: { fingerprint: 'f-1' } };
    const first = await inRequest(() => pipeline.execute(TrainingAggregate, options));
    const replay = await inRequest(async () => ({ outcome: await pipeline.execute(TrainingAggregate, options), recorded: currentWritePosition() }));
    expect(replay.outcome.replayed).toBe(true);
    expect(replay.recorded).toEqual(first.position);
  });
});
