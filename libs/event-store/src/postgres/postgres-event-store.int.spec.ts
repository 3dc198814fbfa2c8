import { FixedClock } from '@jejak/domain-kit';
import { withTransaction } from '@jejak/postgres';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { WrongExpectedRevisionError } from '../errors';
import type { NewEvent, RecordedEvent } from '../event-store.port';
import { readStreamAsOf } from '../read-stream-as-of';
import { eventStoreContract } from '../testing/event-store.contract';
import { eventually } from '../testing/eventually';
import { PostgresEventStore } from './postgres-event-store';

const metadata = { tenant: '35.01', actor: { userId: 'u-1', role: 'staf', name: 'Ani' }, correlationId: 'corr-1', causationId: 'cause-1' };
const event = (type: string, data: unknown = {}): NewEvent => ({ type, data, metadata });

describe('PostgresEventStore (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('event_store');
  });
  afterAll(async () => {
    await db?.drop();
  });

  eventStoreContract('PostgresEventStore', () => PostgresEventStore.create(db.pool, { schema: 'contract_es' }));

  describe('schema', () => {
    it('is created idempotently, also by concurrent callers', async () => {
      await Promise.all([1, 2, 3].map(() => PostgresEventStore.create(db.pool, { schema: 'race_es' })));
      await PostgresEventStore.create(db.pool, { schema: 'race_es' });
      const { rows } = await db.pool.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'race_es' ORDER BY table_name`,
      );
      expect(rows.map((r) => r.table_name)).toEqual(['events', 'streams']);
    });

    it('keeps each service in its own schema', async () => {
      const one = await PostgresEventStore.create(db.pool, { schema: 'one_es' });
      const two = await PostgresEventStore.create(db.pool, { schema: 'two_es' });
      await one.append('sop-1', [event('A')]);
      expect(await two.readStream('sop-1')).toEqual([]);
      expect(await one.readStream('sop-1')).toHaveLength(1);
    });

    it('rejects schema names that are not plain identifiers', () => {
      expect(() => new PostgresEventStore(db.pool, 'bad"; DROP TABLE x; --')).toThrow('invalid SQL identifier');
    });
  });

  describe('storage', () => {
    let store: PostgresEventStore;
    beforeAll(async () => {
      store = await PostgresEventStore.create(db.pool, { schema: 'storage_es' });
    });

    it('stores every field in its own column, with the writing transaction id', async () => {
      const result = await store.append('sop-9', [{ ...event('SopDrafted', { judul: 'x' }), schemaVersion: 2 }]);
      const { rows } = await db.pool.query(
        `SELECT event_id::text, stream_id, revision, global_position::text, transaction_id::text, type, schema_version,
           tenant, actor_user_id, actor_role, actor_name, correlation_id, causation_id, recorded_at, data
         FROM storage_es.events WHERE stream_id = 'sop-9'`,
      );
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        stream_id: 'sop-9',
        revision: 0,
        global_position: result.position.prepare.toString(),
        transaction_id: result.position.commit.toString(),
        type: 'SopDrafted',
        schema_version: 2,
        tenant: '35.01',
        actor_user_id: 'u-1',
        actor_role: 'staf',
        actor_name: 'Ani',
        correlation_id: 'corr-1',
        causation_id: 'cause-1',
        data: { judul: 'x' },
      });
      expect(rows[0].recorded_at).toBeInstanceOf(Date);
    });

    it('takes recordedAt from an injected clock', async () => {
      const clock = new FixedClock('2023-07-01T00:00:00.000Z');
      const clocked = new PostgresEventStore(db.pool, 'storage_es', { clock });
      await clocked.append('clocked-1', [event('A'), event('B')]);
      const events = await clocked.readStream('clocked-1');
      expect(events.map((e) => e.recordedAt.toISOString())).toEqual(['2023-07-01T00:00:00.000Z', '2023-07-01T00:00:00.000Z']);
    });

    it('keeps int8 positions exact beyond 2^53', async () => {
      await db.pool.query(`SELECT setval('storage_es.events_global_position_seq', 9007199254740993)`);
      const result = await store.append('big-1', [event('A')]);
      expect(result.position.prepare).toBe(9007199254740994n);
      const [read] = await store.readStream('big-1');
      expect(read.position.prepare).toBe(9007199254740994n);
    });

    it('rejects a duplicate event id and writes nothing', async () => {
      const id = '5f0c7a57-2c38-4f3e-9d59-3f1f1e0b8a11';
      await store.append('dup-1', [{ ...event('A'), id }]);
      await expect(store.append('dup-2', [event('B'), { ...event('C'), id }])).rejects.toThrow(/events_event_id_key/);
      expect(await store.readStream('dup-2')).toEqual([]);
      expect(await store.append('dup-2', [event('D')], { expectedRevision: 'no_stream' })).toMatchObject({ nextExpectedRevision: 0 });
    });
  });

  describe('appending inside a caller transaction', () => {
    let store: PostgresEventStore;
    beforeAll(async () => {
      store = await PostgresEventStore.create(db.pool, { schema: 'tx_es' });
    });

    it('commits and rolls back with the caller', async () => {
      await withTransaction(db.pool, async (client) => {
        await store.append('tx-1', [event('A')], { client, expectedRevision: 'no_stream' });
        await client.query('CREATE TABLE IF NOT EXISTS tx_es.side_effect (v int)');
      });
      expect(await store.readStream('tx-1')).toHaveLength(1);

      await expect(
        withTransaction(db.pool, async (client) => {
          await store.append('tx-1', [event('B')], { client, expectedRevision: 0 });
          throw new Error('handler failed');
        }),
      ).rejects.toThrow('handler failed');
      expect((await store.readStream('tx-1')).map((e) => e.type)).toEqual(['A']);
    });

    it('leaves the caller transaction usable after a wrong expected revision', async () => {
      await withTransaction(db.pool, async (client) => {
        await expect(store.append('tx-1', [event('X')], { client, expectedRevision: 'no_stream' })).rejects.toBeInstanceOf(
          WrongExpectedRevisionError,
        );
        await store.append('tx-1', [event('B')], { client, expectedRevision: 0 });
      });
      expect((await store.readStream('tx-1')).map((e) => e.type)).toEqual(['A', 'B']);
    });

    it('notifies subscribers only when the caller commits', async () => {
      const received: RecordedEvent[] = [];
      const subscription = store.subscribeToAll({
        filter: { streamPrefixes: ['tx-notify-'] },
        onEvents: async (events) => {
          received.push(...events);
        },
      });
      try {
        await subscription.caughtUp();
        await withTransaction(db.pool, async (client) => {
          await store.append('tx-notify-1', [event('N')], { client });
          await new Promise((resolve) => setTimeout(resolve, 150));
          expect(received).toHaveLength(0);
        });
        await eventually(() => expect(received.map((e) => e.type)).toEqual(['N']), 3000);
      } finally {
        await subscription.stop();
      }
    });
  });

  describe('subscriptions', () => {
    let store: PostgresEventStore;
    beforeAll(async () => {
      store = await PostgresEventStore.create(db.pool, { schema: 'sub_es' });
    });

    const listeners = async (): Promise<number> => {
      const { rows } = await db.pool.query<{ n: number }>(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND query ILIKE 'LISTEN%'`,
      );
      return rows[0].n;
    };

    it('uses one dedicated listening connection and releases it on stop', async () => {
      const before = await listeners();
      const subscription = store.subscribeToAll({ onEvents: async () => undefined });
      await subscription.caughtUp();
      expect(await listeners()).toBe(before + 1);
      await subscription.stop();
      await eventually(async () => expect(await listeners()).toBe(before), 3000);
    });

    it('is woken by NOTIFY well before the fallback poll', async () => {
      const slowPoll = new PostgresEventStore(db.pool, 'sub_es', { pollIntervalMs: 60_000 });
      const received: RecordedEvent[] = [];
      const subscription = slowPoll.subscribeToAll({
        filter: { streamPrefixes: ['notify-'] },
        onEvents: async (events) => {
          received.push(...events);
        },
      });
      try {
        await subscription.caughtUp();
        const sent = Date.now();
        await store.append('notify-1', [event('Ping')]);
        await eventually(() => expect(received).toHaveLength(1), 2000);
        expect(Date.now() - sent).toBeLessThan(2000);
      } finally {
        await slowPoll.close();
      }
    });

    it('close() stops every subscription of the store', async () => {
      const local = new PostgresEventStore(db.pool, 'sub_es');
      const a = local.subscribeToAll({ onEvents: async () => undefined });
      const b = local.subscribeToAll({ onEvents: async () => undefined });
      await Promise.all([a.caughtUp(), b.caughtUp()]);
      await local.close();
      await expect(a.caughtUp()).rejects.toThrow('stopped');
      await expect(b.caughtUp()).rejects.toThrow('stopped');
      expect(() => local.subscribeToAll({ onEvents: async () => undefined })).toThrow('closed');
    });

    it('reports a store failure through onError', async () => {
      const broken = new PostgresEventStore(db.pool, 'no_such_es');
      const errors: Error[] = [];
      const subscription = broken.subscribeToAll({ onEvents: async () => undefined, onError: (error) => errors.push(error) });
      await eventually(() => expect(errors).toHaveLength(1), 3000);
      expect(errors[0].message).toMatch(/no_such_es/);
      await subscription.stop();
    });
  });

  describe('readStreamAsOf', () => {
    it('returns the stream as it was at a past instant', async () => {
      const clock = new FixedClock('2024-01-10T08:00:00.000Z');
      const store = await PostgresEventStore.create(db.pool, { schema: 'asof_es', clock });
      await store.append('sop-1', [event('Drafted')]);
      clock.set('2024-02-01T08:00:00.000Z');
      await store.append('sop-1', [event('Reviewed'), event('Approved')]);
      clock.set('2024-03-01T08:00:00.000Z');
      await store.append('sop-1', [event('Revised')]);

      const types = async (asOf: string, pageSize?: number) =>
        (await readStreamAsOf(store, 'sop-1', new Date(asOf), pageSize)).map((e) => e.type);
      expect(await types('2024-01-01T00:00:00.000Z')).toEqual([]);
      expect(await types('2024-01-10T08:00:00.000Z')).toEqual(['Drafted']);
      expect(await types('2024-02-15T00:00:00.000Z', 2)).toEqual(['Drafted', 'Reviewed', 'Approved']);
      expect(await types('2030-01-01T00:00:00.000Z', 1)).toEqual(['Drafted', 'Reviewed', 'Approved', 'Revised']);
    });
  });
});
