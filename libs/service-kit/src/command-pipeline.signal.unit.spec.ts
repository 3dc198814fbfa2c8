import { EventEmitter } from 'node:events';
import { CommandAbortedError, InMemoryEventStore, WrongExpectedRevisionError, type AppendOptions, type EventMetadata, type NewEvent } from '@jejak/event-store';
import { createRequestSignalMiddleware, RequestAbortReason, type PlatformRequest, type PlatformResponse } from '@jejak/nest-platform';
import { CommandPipeline } from './command-pipeline';
import { TrainingAggregate } from './testing/training.aggregate';

const metadata: EventMetadata = { tenant: '61', actor: { userId: 'u-2', role: 'staf' }, correlationId: 'corr-sig' };
const at = '2024-06-03T01:00:00.000Z';
const open = { type: 'OpenTraining' as const, data: { seats: 3, at } };

/** A store whose appends always lose the race (another writer got there first), counting them. */
class AlwaysConflicting extends InMemoryEventStore {
  appends = 0;
  onAppend: () => void = () => undefined;
  override async append(stream: string, _events: NewEvent[], _options?: AppendOptions): Promise<never> {
    this.appends += 1;
    this.onAppend();
    throw new WrongExpectedRevisionError(stream, 'no_stream', 0);
  }
}

describe('CommandPipeline with an AbortSignal', () => {
  it('stops retrying a conflicting command as soon as the signal fires, with CommandAbortedError', async () => {
    const store = new AlwaysConflicting();
    const controller = new AbortController();
    store.onAppend = () => controller.abort(new RequestAbortReason('deadline'));
    const run = new CommandPipeline(store).execute(TrainingAggregate, { id: 'a', command: open, metadata, retries: 200, signal: controller.signal });
    await expect(run).rejects.toBeInstanceOf(CommandAbortedError);
    await expect(run).rejects.toMatchObject({ reason: 'deadline' });
    expect(store.appends).toBe(1);
  });

  it('starts nothing when the signal has already fired', async () => {
    const store = new InMemoryEventStore();
    const controller = new AbortController();
    controller.abort(new RequestAbortReason('client-gone'));
    const run = new CommandPipeline(store).execute(TrainingAggregate, { id: 'b', command: open, metadata, signal: controller.signal });
    await expect(run).rejects.toMatchObject({ name: 'CommandAbortedError', reason: 'client-gone' });
    expect(await store.readStream('training-b')).toEqual([]);
  });

  it('keeps retrying while the signal has not fired, and returns the outcome', async () => {
    const store = new InMemoryEventStore();
    const pipeline = new CommandPipeline(store);
    const outcome = await pipeline.execute(TrainingAggregate, { id: 'c', command: open, metadata, signal: new AbortController().signal });
    expect(outcome.revision).toBe(0);
  });

  it('uses the request signal of the request being served when no signal is given', async () => {
    const store = new AlwaysConflicting();
    const req = new EventEmitter() as unknown as PlatformRequest;
    const res = Object.assign(new EventEmitter(), { writableFinished: false }) as unknown as PlatformResponse;
    store.onAppend = () => res.emit('close'); // the client went away during the first attempt
    const { run } = await new Promise<{ run: Promise<unknown> }>((done) =>
      createRequestSignalMiddleware({ deadlineMs: 60_000 })(req, res, () =>
        done({ run: new CommandPipeline(store).execute(TrainingAggregate, { id: 'd', command: open, metadata, retries: 200 }) }),
      ),
    );
    await expect(run).rejects.toMatchObject({ name: 'CommandAbortedError', reason: 'client-gone' });
    expect(store.appends).toBe(1);
  });
});
