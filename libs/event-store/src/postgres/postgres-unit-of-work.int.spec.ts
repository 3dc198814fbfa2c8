import { withTransaction } from '@jejak/postgres';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { TransactionOrderConflictError, WrongExpectedRevisionError } from '../errors';
import type { NewEvent } from '../event-store.port';
import { PostgresEventStore } from './postgres-event-store';

const metadata = { tenant: '35.01', actor: { userId: 'u-1', role: 'staf' }, correlationId: 'corr-1' };
const event = (type: string, data: unknown = {}): NewEvent => ({ type, data, metadata });

describe('PostgresEventStore unit of work (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  beforeAll(async () => {
    db = await createTestDatabase('event_store_uow');
    store = await PostgresEventStore.create(db.pool, { schema: 'uow_es' });
    await db.pool.query('CREATE TABLE uow_es.inbox (message_id text PRIMARY KEY)');
  });
  afterAll(async () => {
    await db?.drop();
  });

  const types = async (stream: string) => (await store.readStream(stream)).map((e) => e.type);
  const inbox = async (): Promise<string[]> =>
    (await db.pool.query<{ message_id: string }>('SELECT message_id FROM uow_es.inbox ORDER BY message_id')).rows.map((r) => r.message_id);

  it('commits an SQL row with the appends of several streams', async () => {
    await store.unitOfWork(async (uow) => {
      await uow.append('case-1', [event('CaseOpened')], { expectedRevision: 'no_stream' });
      await uow.append('facts-1', [event('FactRecorded')]);
      await uow.sql?.query('INSERT INTO uow_es.inbox (message_id) VALUES ($1)', ['m-1']);
    });
    expect(await types('case-1')).toEqual(['CaseOpened']);
    expect(await types('facts-1')).toEqual(['FactRecorded']);
    expect(await inbox()).toEqual(['m-1']);
  });

  it('rolls the SQL row back with the appends when the work throws', async () => {
    await expect(
      store.unitOfWork(async (uow) => {
        await uow.requireSql().query('INSERT INTO uow_es.inbox (message_id) VALUES ($1)', ['m-2']);
        await uow.append('case-2', [event('CaseOpened')]);
        throw new Error('proyeksi gagal');
      }),
    ).rejects.toThrow('proyeksi gagal');
    expect(await store.readStream('case-2')).toEqual([]);
    expect(await inbox()).toEqual(['m-1']);
  });

  it('rolls the SQL row and the first append back when a later append fails its expectation', async () => {
    await expect(
      store.unitOfWork(async (uow) => {
        await uow.append('case-3', [event('CaseOpened')], { expectedRevision: 'no_stream' });
        await uow.requireSql().query('INSERT INTO uow_es.inbox (message_id) VALUES ($1)', ['m-3']);
        await uow.append('case-1', [event('Again')], { expectedRevision: 'no_stream' });
      }),
    ).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('case-3')).toEqual([]);
    expect(await inbox()).toEqual(['m-1']);
  });

  it('sees its own SQL rows and appends; nobody else does before commit', async () => {
    await store.unitOfWork(async (uow) => {
      await uow.append('case-4', [event('CaseOpened')]);
      await uow.requireSql().query('INSERT INTO uow_es.inbox (message_id) VALUES ($1)', ['m-4']);
      expect((await uow.requireSql().query('SELECT 1 FROM uow_es.inbox WHERE message_id = $1', ['m-4'])).rowCount).toBe(1);
      expect(await inbox()).toEqual(['m-1']);
      const [own] = await uow.readStream('case-4');
      expect(own.position.commit).toBeGreaterThan(0n);
    });
    expect(await inbox()).toEqual(['m-1', 'm-4']);
  });

  it('joins a transaction the caller opened (within), committing or rolling back with it', async () => {
    await withTransaction(db.pool, async (client) => {
      await client.query('INSERT INTO uow_es.inbox (message_id) VALUES ($1)', ['m-5']);
      await store.unitOfWork(async (uow) => uow.append('case-5', [event('CaseOpened')]), { within: client });
    });
    expect(await types('case-5')).toEqual(['CaseOpened']);
    await expect(
      withTransaction(db.pool, async (client) => {
        await store.unitOfWork(async (uow) => uow.append('case-5', [event('Closed')], { expectedRevision: 0 }), { within: client });
        throw new Error('caller failed');
      }),
    ).rejects.toThrow('caller failed');
    expect(await types('case-5')).toEqual(['CaseOpened']);
    await expect(store.unitOfWork(async () => undefined, { within: db.pool, retries: 1 })).rejects.toBeInstanceOf(RangeError);
  });

  /** Makes the unit's transaction older than a write that then lands on the stream it appends to. */
  const olderThanAWriter = async (uow: Parameters<Parameters<PostgresEventStore['unitOfWork']>[0]>[0], stream: string) => {
    await uow.requireSql().query('INSERT INTO uow_es.inbox (message_id) VALUES ($1)', [`order-${stream}`]);
    await store.append(stream, [event('Elsewhere')]);
    await uow.append(stream, [event('Mine')]);
  };

  it('rolls everything back on a transaction order conflict, and retries the whole work when asked', async () => {
    await store.append('order-1', [event('Start')]);
    await expect(store.unitOfWork((uow) => olderThanAWriter(uow, 'order-1'))).rejects.toBeInstanceOf(TransactionOrderConflictError);
    expect(await types('order-1')).toEqual(['Start', 'Elsewhere']);
    expect(await inbox()).not.toContain('order-order-1');

    let runs = 0;
    await store.unitOfWork(
      async (uow) => {
        runs += 1;
        if (runs === 1) await olderThanAWriter(uow, 'order-1');
        else await uow.append('order-1', [event('Mine')]);
      },
      { retries: 1 },
    );
    expect(runs).toBe(2);
    expect(await types('order-1')).toEqual(['Start', 'Elsewhere', 'Elsewhere', 'Mine']);
  });

  it('returns every client to the pool, also after failures', async () => {
    for (let i = 0; i < 25; i += 1) {
      await expect(store.unitOfWork(async () => Promise.reject(new Error(`gagal ${i}`)))).rejects.toThrow(`gagal ${i}`);
    }
    expect(db.pool.totalCount - db.pool.idleCount).toBe(0);
  });
});
