import { randomUUID } from 'node:crypto';
import { withTransaction } from '@jejak/postgres';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { comparePositions, START, type NewEvent, type RecordedEvent, type Subscription } from '../event-store.port';
import { sleep } from '../testing/eventually';
import { TransactionOrderConflictError } from '../errors';
import { PostgresEventStore } from './postgres-event-store';

const metadata = { tenant: '35.01', actor: { userId: 'u-1', role: 'staf' }, correlationId: 'stress' };

/** Small seeded PRNG (mulberry32), so a failing interleaving can be replayed with the same seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rollback extends Error {}

describe('PostgresEventStore: no skipped events under concurrent writers', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase('event_store_stress');
    store = await PostgresEventStore.create(db.pool, { schema: 'stress_es' });
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('delivers every committed event exactly once, each stream in revision order', async () => {
    const seed = Number(process.env.STRESS_SEED ?? Date.now() % 1_000_000);
    const rand = random(seed);
    const WRITERS = 16;
    const APPENDS = 100;
    const STREAMS = 24;

    const committed = new Set<string>();
    const rolledBack = new Set<string>();
    const received: RecordedEvent[] = [];
    const errors: Error[] = [];
    const subscription: Subscription = store.subscribeToAll({
      batchSize: 50,
      filter: { streamPrefixes: ['stress-'] },
      onEvents: async (events) => {
        received.push(...events);
      },
      onError: (error) => errors.push(error),
    });

    const writer = async (): Promise<void> => {
      for (let i = 0; i < APPENDS; i += 1) {
        const stream = `stress-${Math.floor(rand() * STREAMS)}`;
        const size = rand() < 0.7 ? 1 : 2 + Math.floor(rand() * 9);
        const events: NewEvent[] = Array.from({ length: size }, (_, n) => ({ id: randomUUID(), type: 'Stressed', data: { n }, metadata }));
        const ids = events.map((e) => e.id!);
        const before = Math.floor(rand() * 3);
        const after = Math.floor(rand() * 5);
        const abort = rand() < 0.05;
        if (rand() < 0.2) {
          await store.append(stream, events);
          ids.forEach((id) => committed.add(id));
          continue;
        }
        // A caller's transaction that lost the order race is retried whole, as real callers do.
        for (let attempt = 1; ; attempt += 1) {
          try {
            await withTransaction(db.pool, async (client) => {
              await sleep(before);
              await store.append(stream, events, { client });
              // Holding the transaction open after taking a global position makes commits land out of position order.
              await sleep(after);
              if (abort) throw new Rollback();
            });
            ids.forEach((id) => committed.add(id));
          } catch (error) {
            if (error instanceof TransactionOrderConflictError && attempt < 20) {
              continue;
            }
            if (!(error instanceof Rollback)) throw error;
            ids.forEach((id) => rolledBack.add(id));
          }
          break;
        }
      }
    };

    try {
      await Promise.all(Array.from({ length: WRITERS }, writer));
      await subscription.caughtUp();
    } finally {
      await subscription.stop();
    }

    const context = `seed ${seed}`;
    expect({ context, errors }).toEqual({ context, errors: [] });
    const receivedIds = received.map((e) => e.id);
    expect(new Set(receivedIds).size).toBe(receivedIds.length);
    expect(receivedIds.length).toBe(committed.size);
    expect(receivedIds.filter((id) => !committed.has(id))).toEqual([]);
    expect(receivedIds.filter((id) => rolledBack.has(id))).toEqual([]);
    expect(rolledBack.size).toBeGreaterThan(0);

    // Per stream: revisions 0, 1, 2, ... in delivery order, no gap (rolled-back appends take no revision).
    const revisions = new Map<string, number[]>();
    for (const e of received) revisions.set(e.stream, [...(revisions.get(e.stream) ?? []), e.revision]);
    for (const [stream, list] of revisions) expect({ stream, list }).toEqual({ stream, list: list.map((_, i) => i) });

    // Delivery follows the log order, and commits really did land out of global-position order.
    for (let i = 1; i < received.length; i += 1) expect(comparePositions(received[i - 1].position, received[i].position)).toBe(-1);
    const inversions = received.filter((e, i) => i > 0 && e.position.prepare < received[i - 1].position.prepare).length;
    expect(inversions).toBeGreaterThan(0);

    // A fresh read of the whole log agrees with what the live subscriber saw.
    const all = (await store.readAll({ after: START })).filter((e) => e.stream.startsWith('stress-'));
    expect(all.map((e) => e.id)).toEqual(receivedIds);
  }, 60_000);

  it('does not move past a slow transaction that holds a lower position (T1 open, T2 committed)', async () => {
    const received: RecordedEvent[] = [];
    const subscription = store.subscribeToAll({
      filter: { streamPrefixes: ['classic-'] },
      onEvents: async (events) => {
        received.push(...events);
      },
    });
    const t1 = await db.pool.connect();
    try {
      await subscription.caughtUp();
      await t1.query('BEGIN');
      const first = await store.append('classic-1', [{ type: 'T1', data: {}, metadata }], { client: t1 });
      const second = await store.append('classic-2', [{ type: 'T2', data: {}, metadata }]);
      expect(first.position.prepare).toBeLessThan(second.position.prepare);

      // T2 is committed but must be held back: delivering it would move the checkpoint past T1.
      await sleep(300);
      expect(received).toEqual([]);
      expect((await store.readAll()).filter((e) => e.stream.startsWith('classic-'))).toEqual([]);
      let caughtUp = false;
      const waiting = subscription.caughtUp().then(() => {
        caughtUp = true;
      });
      await sleep(100);
      expect(caughtUp).toBe(false);

      await t1.query('COMMIT');
      await waiting;
      expect(received.map((e) => e.type)).toEqual(['T1', 'T2']);
      expect(comparePositions(received[0].position, first.position)).toBe(0);
      expect(comparePositions(received[1].position, second.position)).toBe(0);
      await sleep(100);
      expect(received).toHaveLength(2);

      // Resuming from T1's checkpoint yields T2 once, never T1 again.
      const resumed: RecordedEvent[] = [];
      const again = store.subscribeToAll({
        after: received[0].position,
        filter: { streamPrefixes: ['classic-'] },
        onEvents: async (events) => {
          resumed.push(...events);
        },
      });
      await again.caughtUp();
      await again.stop();
      expect(resumed.map((e) => e.type)).toEqual(['T2']);
    } finally {
      await t1.query('ROLLBACK').catch(() => undefined);
      t1.release();
      await subscription.stop();
    }
  }, 30_000);

  it('refuses an append from a transaction older than the stream\'s last writer; its own transaction retries', async () => {
    const older = await db.pool.connect();
    try {
      await older.query('BEGIN');
      await older.query('SELECT pg_current_xact_id()'); // the transaction takes its id now
      await store.append('order-1', [{ type: 'Younger', data: {}, metadata }]); // a younger transaction commits first
      await expect(store.append('order-1', [{ type: 'Older', data: {}, metadata }], { client: older })).rejects.toBeInstanceOf(TransactionOrderConflictError);
      await expect(store.append('order-1', [{ type: 'Older', data: {}, metadata }], { client: older, expectedRevision: 0 })).rejects.toBeInstanceOf(TransactionOrderConflictError);
      await older.query('ROLLBACK');
    } finally {
      older.release();
    }
    // Retried in a new transaction, the same append goes through, after the younger one.
    await store.append('order-1', [{ type: 'Older', data: {}, metadata }], { expectedRevision: 0 });
    const stream = await store.readStream('order-1');
    expect(stream.map((e) => [e.type, e.revision])).toEqual([['Younger', 0], ['Older', 1]]);
    expect(comparePositions(stream[0].position, stream[1].position)).toBe(-1);
  });
});
