import { randomUUID } from 'node:crypto';
import { TransactionOrderConflictError, UnitOfWorkNotSupportedError, WrongExpectedRevisionError } from '../errors';
import {
  comparePositions,
  type EventMetadata,
  type EventStore,
  type LogPosition,
  type NewEvent,
  type RecordedEvent,
  type SubscribeToAllOptions,
} from '../event-store.port';
import { eventually, sleep } from './eventually';

export interface EventStoreContractOptions {
  /** Allowed distance between `recordedAt` and this process's clock (server clocks); default 5 s. */
  clockToleranceMs?: number;
  /** How long live delivery may take; default 5 s. */
  liveTimeoutMs?: number;
}

const metadata = (overrides: Partial<EventMetadata> = {}): EventMetadata => ({
  tenant: '35.01',
  actor: { userId: 'user-1', role: 'kabid', name: 'Sri Wahyuni' },
  correlationId: randomUUID(),
  causationId: null,
  ...overrides,
});

const event = (type: string, data: unknown = {}, extra: Partial<NewEvent> = {}): NewEvent => ({ type, data, metadata: metadata(), ...extra });

const ids = (events: RecordedEvent[]) => events.map((e) => e.id);

function expectStrictlyIncreasing(positions: LogPosition[]): void {
  for (let i = 1; i < positions.length; i += 1) expect(comparePositions(positions[i - 1], positions[i])).toBe(-1);
}

/**
 * The behaviour every EventStore adapter must have. Streams are named per run, so the suite also
 * works against a store that already holds other events (a shared KurrentDB).
 */
export function eventStoreContract(
  name: string,
  factory: () => EventStore | Promise<EventStore>,
  options: EventStoreContractOptions = {},
): void {
  const tolerance = options.clockToleranceMs ?? 5000;
  const liveTimeout = options.liveTimeoutMs ?? 5000;

  describe(`${name}: event store contract`, () => {
    const run = randomUUID().slice(0, 8);
    let counter = 0;
    const streamName = (label: string) => `contract-${run}-${label}-${(counter += 1)}`;
    let store: EventStore;

    beforeAll(async () => {
      store = await factory();
    });
    afterAll(async () => {
      await store?.close();
    });

    /** Appends a marker to its own stream and returns its position: a checkpoint "before now". */
    const checkpointNow = async (): Promise<LogPosition> =>
      (await store.append(streamName('marker'), [event('Marker')])).position;

    describe('append and expected revisions', () => {
      it('creates a stream with no_stream and numbers revisions from 0', async () => {
        const stream = streamName('create');
        const result = await store.append(stream, [event('A', { n: 1 }), event('B', { n: 2 }), event('C', { n: 3 })], {
          expectedRevision: 'no_stream',
        });
        expect(result.nextExpectedRevision).toBe(2);
        const read = await store.readStream(stream);
        expect(read.map((e) => [e.revision, e.type, e.data])).toEqual([
          [0, 'A', { n: 1 }],
          [1, 'B', { n: 2 }],
          [2, 'C', { n: 3 }],
        ]);
        expect(read.every((e) => e.stream === stream)).toBe(true);
        expect(comparePositions(read[2].position, result.position)).toBe(0);
        expectStrictlyIncreasing(read.map((e) => e.position));
      });

      it('appends with any to a new and to an existing stream', async () => {
        const stream = streamName('any');
        expect((await store.append(stream, [event('A')])).nextExpectedRevision).toBe(0);
        expect((await store.append(stream, [event('B'), event('C')], { expectedRevision: 'any' })).nextExpectedRevision).toBe(2);
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
      });

      it('appends with the exact last revision', async () => {
        const stream = streamName('exact');
        await store.append(stream, [event('A'), event('B')], { expectedRevision: 'no_stream' });
        const result = await store.append(stream, [event('C')], { expectedRevision: 1 });
        expect(result.nextExpectedRevision).toBe(2);
      });

      it('rejects a wrong expectation with a typed error and writes nothing', async () => {
        const stream = streamName('wrong');
        await store.append(stream, [event('A'), event('B'), event('C')]);

        const noStream = store.append(stream, [event('X')], { expectedRevision: 'no_stream' });
        await expect(noStream).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(noStream).rejects.toMatchObject({ stream, expected: 'no_stream', actual: 2, code: 'WRONG_EXPECTED_REVISION', kind: 'concurrency' });

        await expect(store.append(stream, [event('X')], { expectedRevision: 1 })).rejects.toMatchObject({ stream, expected: 1, actual: 2 });
        await expect(store.append(stream, [event('X')], { expectedRevision: 3 })).rejects.toMatchObject({ stream, expected: 3, actual: 2 });

        const missing = streamName('missing');
        await expect(store.append(missing, [event('X')], { expectedRevision: 0 })).rejects.toMatchObject({
          stream: missing,
          expected: 0,
          actual: 'no_stream',
        });
        expect((await store.readStream(stream)).map((e) => e.type)).toEqual(['A', 'B', 'C']);
        expect(await store.readStream(missing)).toEqual([]);
      });

      it('treats an empty append as a no-op that still checks the expectation', async () => {
        const stream = streamName('empty');
        expect((await store.append(stream, [], { expectedRevision: 'no_stream' })).nextExpectedRevision).toBe(-1);
        await expect(store.append(stream, [], { expectedRevision: 0 })).rejects.toMatchObject({ actual: 'no_stream' });
        const written = await store.append(stream, [event('A'), event('B')]);
        const noop = await store.append(stream, [], { expectedRevision: 1 });
        expect(noop.nextExpectedRevision).toBe(1);
        expect(comparePositions(noop.position, written.position)).toBe(0);
        await expect(store.append(stream, [], { expectedRevision: 'no_stream' })).rejects.toMatchObject({ actual: 1 });
        await expect(store.append(stream, [], { expectedRevision: 0 })).rejects.toMatchObject({ expected: 0, actual: 1 });
        expect(await store.readStream(stream)).toHaveLength(2);
      });
    });

    describe('reading a stream', () => {
      let stream: string;
      beforeAll(async () => {
        stream = streamName('read');
        await store.append(stream, ['E0', 'E1', 'E2', 'E3', 'E4'].map((type) => event(type)));
      });

      it('reads forwards from a revision, with maxCount', async () => {
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0, 1, 2, 3, 4]);
        expect((await store.readStream(stream, { fromRevision: 2 })).map((e) => e.revision)).toEqual([2, 3, 4]);
        expect((await store.readStream(stream, { fromRevision: 1, maxCount: 2 })).map((e) => e.revision)).toEqual([1, 2]);
        expect(await store.readStream(stream, { fromRevision: 9 })).toEqual([]);
      });

      it('reads backwards from the end or from a revision, with maxCount', async () => {
        expect((await store.readStream(stream, { direction: 'backwards' })).map((e) => e.revision)).toEqual([4, 3, 2, 1, 0]);
        expect((await store.readStream(stream, { direction: 'backwards', maxCount: 2 })).map((e) => e.revision)).toEqual([4, 3]);
        expect((await store.readStream(stream, { direction: 'backwards', fromRevision: 2 })).map((e) => e.revision)).toEqual([2, 1, 0]);
        expect((await store.readStream(stream, { direction: 'backwards', fromRevision: 3, maxCount: 2 })).map((e) => e.revision)).toEqual([3, 2]);
      });

      it('returns [] for a stream that does not exist', async () => {
        expect(await store.readStream(streamName('nothing'))).toEqual([]);
        expect(await store.readStream(streamName('nothing'), { direction: 'backwards' })).toEqual([]);
      });
    });

    describe('reading all', () => {
      it('returns events after a position in commit order', async () => {
        const start = await checkpointNow();
        const a = streamName('all-a');
        const b = streamName('all-b');
        const appended: string[] = [];
        for (const [stream, type] of [[a, 'A1'], [b, 'B1'], [a, 'A2'], [b, 'B2'], [a, 'A3']] as const) {
          await store.append(stream, [event(type)]);
          appended.push(type);
        }
        const mine = (events: RecordedEvent[]) => events.filter((e) => e.stream === a || e.stream === b);
        const all = mine(await store.readAll({ after: start }));
        expect(all.map((e) => e.type)).toEqual(appended);
        expectStrictlyIncreasing(all.map((e) => e.position));
        expect(comparePositions(start, all[0].position)).toBe(-1);

        const afterSecond = mine(await store.readAll({ after: all[1].position }));
        expect(afterSecond.map((e) => e.type)).toEqual(['A2', 'B2', 'A3']);
        const limited = await store.readAll({ after: start, maxCount: 2 });
        expect(limited).toHaveLength(2);
        expect(limited[0].type).toBe('A1');
      });
    });

    describe('stored fields', () => {
      it('round-trips every field of a recorded event', async () => {
        const stream = streamName('fields');
        const id = randomUUID();
        const correlationId = randomUUID();
        const causationId = randomUUID();
        const data = {
          judul: 'SOP Penyusunan Laporan — Bidang UMKM',
          steps: [{ no: 1, pelaksana: ['Kabid', 'Staf'], waktu: '1 hari' }],
          nilai: 12.5,
          aktif: true,
          catatan: null,
          emoji: '✅',
        };
        const before = Date.now();
        const start = await checkpointNow();
        await store.append(stream, [
          {
            id,
            type: 'SopDrafted',
            schemaVersion: 3,
            data,
            metadata: { tenant: '35.07', actor: { userId: 'u-42', role: 'kasi', name: 'Budi Santoso' }, correlationId, causationId },
          },
          { type: 'SopReviewed', data: { ok: 1 }, metadata: { tenant: '61.71', actor: { userId: 'u-7', role: 'kadis' }, correlationId } },
        ]);
        const after = Date.now();
        const [first, second] = await store.readStream(stream);
        expect(first).toMatchObject({
          id,
          stream,
          revision: 0,
          type: 'SopDrafted',
          schemaVersion: 3,
          tenant: '35.07',
          actor: { userId: 'u-42', role: 'kasi', name: 'Budi Santoso' },
          correlationId,
          causationId,
          data,
        });
        expect(second).toMatchObject({ revision: 1, type: 'SopReviewed', schemaVersion: 1, tenant: '61.71', correlationId, causationId: null });
        expect(second.actor).toEqual({ userId: 'u-7', role: 'kadis' });
        expect(second.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
        expect(second.id).not.toBe(first.id);
        for (const e of [first, second]) {
          expect(e.recordedAt).toBeInstanceOf(Date);
          expect(e.recordedAt.getTime()).toBeGreaterThanOrEqual(before - tolerance);
          expect(e.recordedAt.getTime()).toBeLessThanOrEqual(after + tolerance);
          expect(typeof e.position.commit).toBe('bigint');
          expect(typeof e.position.prepare).toBe('bigint');
        }
        const fromAll = (await store.readAll({ after: start })).filter((e) => e.stream === stream);
        expect(fromAll).toEqual([first, second]);
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of several concurrent writers with the same expectation win', async () => {
        const stream = streamName('race');
        await store.append(stream, [event('Start')]);
        const writers = Array.from({ length: 8 }, (_, i) => store.append(stream, [event(`W${i}`)], { expectedRevision: 0 }));
        const outcomes = await Promise.allSettled(writers);
        const won = outcomes.filter((o) => o.status === 'fulfilled');
        const lost = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(7);
        for (const loss of lost) {
          expect(loss.reason).toBeInstanceOf(WrongExpectedRevisionError);
          expect(loss.reason).toMatchObject({ expected: 0, actual: 1 });
        }
        expect(await store.readStream(stream)).toHaveLength(2);
      });

      it('lets exactly one of several concurrent creators with no_stream win', async () => {
        const stream = streamName('create-race');
        const outcomes = await Promise.allSettled(
          Array.from({ length: 6 }, (_, i) => store.append(stream, [event(`C${i}`), event(`D${i}`)], { expectedRevision: 'no_stream' })),
        );
        expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
        for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
          expect(o.reason).toMatchObject({ expected: 'no_stream', actual: 1 });
        }
        expect((await store.readStream(stream)).map((e) => e.revision)).toEqual([0, 1]);
      });

      it('serialises concurrent writers with any into contiguous revisions', async () => {
        const stream = streamName('any-race');
        await Promise.all(Array.from({ length: 6 }, (_, i) => store.append(stream, [event(`A${i}`), event(`B${i}`)])));
        const read = await store.readStream(stream);
        expect(read.map((e) => e.revision)).toEqual([...Array(12).keys()]);
        for (let i = 0; i < read.length; i += 2) expect(read[i].type.slice(1)).toBe(read[i + 1].type.slice(1));
      });
    });

    describe('unit of work', () => {
      const types = async (stream: string) => (await store.readStream(stream)).map((e) => e.type);

      it('states its capabilities', () => {
        expect(typeof store.capabilities.multiStreamUnitOfWork).toBe('boolean');
        expect(typeof store.capabilities.sqlInUnitOfWork).toBe('boolean');
      });

      it('commits appends to several streams together and returns the result of the work', async () => {
        const a = streamName('uow-a');
        const b = streamName('uow-b');
        await store.append(b, [event('B0')]);
        const result = await store.unitOfWork(async (uow) => {
          const first = await uow.append(a, [event('A0'), event('A1')], { expectedRevision: 'no_stream' });
          const second = await uow.append(b, [event('B1')], { expectedRevision: 0 });
          return [first.nextExpectedRevision, second.nextExpectedRevision];
        });
        expect(result).toEqual([1, 1]);
        expect(await types(a)).toEqual(['A0', 'A1']);
        expect(await types(b)).toEqual(['B0', 'B1']);
      });

      it('writes neither stream when the second append fails its expectation', async () => {
        const a = streamName('uow-fail-a');
        const b = streamName('uow-fail-b');
        await store.append(b, [event('B0'), event('B1')]);
        const unit = store.unitOfWork(async (uow) => {
          await uow.append(a, [event('A0')], { expectedRevision: 'no_stream' });
          await uow.append(b, [event('B2')], { expectedRevision: 0 });
        });
        await expect(unit).rejects.toBeInstanceOf(WrongExpectedRevisionError);
        await expect(unit).rejects.toMatchObject({ stream: b, expected: 0, actual: 1 });
        expect(await store.readStream(a)).toEqual([]);
        expect(await types(b)).toEqual(['B0', 'B1']);
      });

      it('writes nothing when the work throws after appending, and rethrows its error', async () => {
        const a = streamName('uow-throw-a');
        const b = streamName('uow-throw-b');
        const failure = new Error('keputusan gagal');
        const unit = store.unitOfWork(async (uow) => {
          await uow.append(a, [event('A0')]);
          await uow.append(b, [event('B0')], { expectedRevision: 'no_stream' });
          throw failure;
        });
        await expect(unit).rejects.toBe(failure);
        expect(await store.readStream(a)).toEqual([]);
        expect(await store.readStream(b)).toEqual([]);
      });

      it('reads its own uncommitted appends; others see them only after commit', async () => {
        const a = streamName('uow-read');
        await store.append(a, [event('A0', { n: 0 })]);
        await store.unitOfWork(async (uow) => {
          await uow.append(a, [event('A1', { n: 1 }), event('A2', { n: 2 })], { expectedRevision: 0 });
          const inside = await uow.readStream(a);
          expect(inside.map((e) => [e.revision, e.type, e.data])).toEqual([
            [0, 'A0', { n: 0 }],
            [1, 'A1', { n: 1 }],
            [2, 'A2', { n: 2 }],
          ]);
          expect((await uow.readStream(a, { direction: 'backwards', maxCount: 2 })).map((e) => e.revision)).toEqual([2, 1]);
          expect((await uow.readStream(a, { fromRevision: 2 })).map((e) => e.type)).toEqual(['A2']);
          expect(await types(a)).toEqual(['A0']);
        });
        const after = await store.readStream(a);
        expect(after.map((e) => e.type)).toEqual(['A0', 'A1', 'A2']);
        expectStrictlyIncreasing(after.map((e) => e.position));
      });

      it('checks expected revisions per stream against what the unit already appended', async () => {
        const a = streamName('uow-rev');
        await store.unitOfWork(async (uow) => {
          const first = await uow.append(a, [event('A0')], { expectedRevision: 'no_stream' });
          await expect(uow.append(a, [event('X')], { expectedRevision: 'no_stream' })).rejects.toMatchObject({ stream: a, expected: 'no_stream', actual: 0 });
          await expect(uow.append(a, [event('X')], { expectedRevision: 5 })).rejects.toMatchObject({ stream: a, expected: 5, actual: 0 });
          expect((await uow.append(a, [event('A1')], { expectedRevision: first.nextExpectedRevision })).nextExpectedRevision).toBe(1);
          expect((await uow.append(a, [event('A2')])).nextExpectedRevision).toBe(2);
        });
        expect(await types(a)).toEqual(['A0', 'A1', 'A2']);
      });

      it('fails the whole unit when another writer moved a stream it relied on', async () => {
        const a = streamName('uow-moved-a');
        const b = streamName('uow-moved-b');
        await store.append(b, [event('B0')]);
        const unit = store.unitOfWork(async (uow) => {
          const [head] = await uow.readStream(b, { direction: 'backwards', maxCount: 1 });
          await uow.append(a, [event('A0')], { expectedRevision: 'no_stream' });
          await store.append(b, [event('Elsewhere')]);
          await uow.append(b, [event('B1')], { expectedRevision: head.revision });
        });
        await expect(unit).rejects.toMatchObject({ stream: b, expected: 0, actual: 1 });
        expect(await store.readStream(a)).toEqual([]);
        expect(await types(b)).toEqual(['B0', 'Elsewhere']);
      });

      it('re-runs the whole work after a transaction order conflict when asked to (retries)', async () => {
        const a = streamName('uow-retry');
        let runs = 0;
        const revision = await store.unitOfWork(
          async (uow) => {
            runs += 1;
            const result = await uow.append(a, [event(`Run${runs}`)]);
            if (runs === 1) throw new TransactionOrderConflictError(a);
            return result.nextExpectedRevision;
          },
          { retries: 2 },
        );
        expect(runs).toBe(2);
        expect(revision).toBe(0);
        expect(await types(a)).toEqual(['Run2']);
        await expect(store.unitOfWork(async () => Promise.reject(new TransactionOrderConflictError(a)))).rejects.toBeInstanceOf(
          TransactionOrderConflictError,
        );
      });

      it('offers SQL exactly when it says so, and refuses use after the unit finished', async () => {
        let kept: Parameters<Parameters<EventStore['unitOfWork']>[0]>[0] | undefined;
        await store.unitOfWork(async (uow) => {
          kept = uow;
          if (store.capabilities.sqlInUnitOfWork) {
            expect(uow.sql).toBeDefined();
            expect(uow.requireSql()).toBe(uow.sql);
          } else {
            expect(uow.sql).toBeUndefined();
            expect(() => uow.requireSql()).toThrow(UnitOfWorkNotSupportedError);
          }
        });
        await expect(kept!.append(streamName('late'), [event('Late')])).rejects.toThrow('already finished');
      });
    });

    describe('subscribeToAll', () => {
      const collect = (received: RecordedEvent[], batches: number[] = []): Pick<SubscribeToAllOptions, 'onEvents'> => ({
        onEvents: async (events) => {
          batches.push(events.length);
          received.push(...events);
        },
      });

      it('catches up, then delivers live events, in log order', async () => {
        const start = await checkpointNow();
        const prefix = `contract-${run}-live-`;
        const stream = `${prefix}${(counter += 1)}`;
        const first = await store.append(stream, [event('E1'), event('E2'), event('E3')]);
        const received: RecordedEvent[] = [];
        const batches: number[] = [];
        const subscription = store.subscribeToAll({ after: start, filter: { streamPrefixes: [prefix] }, batchSize: 2, ...collect(received, batches) });
        try {
          await subscription.caughtUp();
          expect(received.map((e) => e.type)).toEqual(['E1', 'E2', 'E3']);
          expect(comparePositions(received[2].position, first.position)).toBe(0);
          await store.append(stream, [event('E4')]);
          await store.append(`${prefix}other`, [event('E5')]);
          await eventually(() => expect(received.map((e) => e.type)).toEqual(['E1', 'E2', 'E3', 'E4', 'E5']), liveTimeout);
          expectStrictlyIncreasing(received.map((e) => e.position));
          expect(Math.max(...batches)).toBeLessThanOrEqual(2);
          await subscription.caughtUp();
          expect(received).toHaveLength(5);
        } finally {
          await subscription.stop();
        }
      });

      it('resumes from a checkpoint without duplicates', async () => {
        const start = await checkpointNow();
        const prefix = `contract-${run}-resume-`;
        const stream = `${prefix}${(counter += 1)}`;
        await store.append(stream, [event('R1'), event('R2'), event('R3')]);
        const firstRun: RecordedEvent[] = [];
        const one = store.subscribeToAll({ after: start, filter: { streamPrefixes: [prefix] }, ...collect(firstRun) });
        await one.caughtUp();
        await one.stop();
        expect(firstRun.map((e) => e.type)).toEqual(['R1', 'R2', 'R3']);

        await store.append(stream, [event('R4'), event('R5')]);
        const secondRun: RecordedEvent[] = [];
        const two = store.subscribeToAll({ after: firstRun[2].position, filter: { streamPrefixes: [prefix] }, ...collect(secondRun) });
        try {
          await two.caughtUp();
          expect(secondRun.map((e) => e.type)).toEqual(['R4', 'R5']);
          expect(new Set([...ids(firstRun), ...ids(secondRun)]).size).toBe(5);
        } finally {
          await two.stop();
        }
      });

      it('filters by event type prefix', async () => {
        const start = await checkpointNow();
        const prefix = `contract-${run}-types-`;
        const stream = `${prefix}${(counter += 1)}`;
        const typePrefix = `T${run}`;
        await store.append(stream, [event(`${typePrefix}.kept.a`), event('Dropped'), event(`${typePrefix}.kept.b`)]);
        const received: RecordedEvent[] = [];
        const subscription = store.subscribeToAll({ after: start, filter: { eventTypes: [typePrefix] }, ...collect(received) });
        try {
          await subscription.caughtUp();
          expect(received.map((e) => e.type)).toEqual([`${typePrefix}.kept.a`, `${typePrefix}.kept.b`]);
        } finally {
          await subscription.stop();
        }
      });

      it('delivers nothing after stop, and caughtUp then rejects', async () => {
        const start = await checkpointNow();
        const prefix = `contract-${run}-stop-`;
        const received: RecordedEvent[] = [];
        const subscription = store.subscribeToAll({ after: start, filter: { streamPrefixes: [prefix] }, ...collect(received) });
        await store.append(`${prefix}1`, [event('S1')]);
        await subscription.caughtUp();
        expect(received).toHaveLength(1);
        await subscription.stop();
        await store.append(`${prefix}1`, [event('S2')]);
        await sleep(200);
        expect(received).toHaveLength(1);
        await expect(subscription.caughtUp()).rejects.toThrow();
        await subscription.stop();
      });

      it('stops on a handler error and reports it once through onError', async () => {
        const start = await checkpointNow();
        const prefix = `contract-${run}-fail-`;
        const errors: Error[] = [];
        const seen: string[] = [];
        const subscription = store.subscribeToAll({
          after: start,
          filter: { streamPrefixes: [prefix] },
          onEvents: async (events) => {
            seen.push(...events.map((e) => e.type));
            if (events.some((e) => e.type === 'Poison')) throw new Error('projection failed');
          },
          onError: (error) => errors.push(error),
        });
        await store.append(`${prefix}1`, [event('Fine')]);
        await store.append(`${prefix}1`, [event('Poison')]);
        await eventually(() => expect(errors).toHaveLength(1), liveTimeout);
        expect(errors[0].message).toBe('projection failed');
        await store.append(`${prefix}1`, [event('After')]);
        await sleep(200);
        expect(seen).not.toContain('After');
        expect(errors).toHaveLength(1);
        await expect(subscription.caughtUp()).rejects.toThrow('projection failed');
        await subscription.stop();
      });
    });
  });
}
