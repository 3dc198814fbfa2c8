import { PostgresEventStore, type EventMetadata, type RecordedEvent } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ProjectionRunner } from './projection-runner';
import type { ProjectionDefinition } from './projection';

class CreateCounters1700000000000 implements MigrationInterface {
  name = 'CreateCounters1700000000000';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE counters (stream text PRIMARY KEY, total int NOT NULL, last_type text NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE counters`);
  }
}

const meta: EventMetadata = { tenant: '35', actor: { userId: 'u1', role: 'STAF' }, correlationId: 'c1' };

function counterProjection(options: { failOn?: string } = {}): ProjectionDefinition {
  return {
    name: 'counters',
    readSchema: 'counters_rm',
    migrations: [CreateCounters1700000000000],
    eventTypes: ['Added'],
    async handle(events: RecordedEvent[], manager: EntityManager) {
      for (const event of events) {
        const { amount } = event.data as { amount: number };
        // A transient failure (serialization failure): the batch is rolled back and retried, never parked.
        if (options.failOn && event.stream === options.failOn) throw Object.assign(new Error('could not serialize access'), { code: '40001' });
        await manager.query(
          `INSERT INTO counters (stream, total, last_type) VALUES ($1, $2, $3)
           ON CONFLICT (stream) DO UPDATE SET total = counters.total + EXCLUDED.total, last_type = EXCLUDED.last_type`,
          [event.stream, amount, event.type],
        );
      }
    },
  };
}

describe('ProjectionRunner (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('projections');
    store = await PostgresEventStore.create(db.pool, { schema: 'test_es' });
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  });
  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await db.drop();
  });

  const totals = async (): Promise<Record<string, number>> => {
    const rows: { stream: string; total: number }[] = await dataSource.query(`SELECT stream, total FROM counters_rm.counters ORDER BY stream`);
    return Object.fromEntries(rows.map((r) => [r.stream, r.total]));
  };
  const add = (stream: string, amounts: number[]) =>
    store.append(stream, amounts.map((amount) => ({ type: 'Added', data: { amount }, metadata: meta })));

  it('projects live events and keeps the checkpoint with the read model', async () => {
    await add('a', [1, 2, 3]);
    await store.append('a', [{ type: 'Ignored', data: {}, metadata: meta }]);
    const runner = new ProjectionRunner({ store, dataSource, projection: counterProjection() });
    await runner.start();
    await runner.caughtUp();
    await add('b', [10]);
    await runner.caughtUp();
    expect(await totals()).toEqual({ a: 6, b: 10 });
    const [row] = await dataSource.query(`SELECT events_applied FROM counters_rm.projection_checkpoints WHERE name = 'counters'`);
    expect(Number(row.events_applied)).toBe(4); // the Ignored event moved the checkpoint but was not applied
    await runner.stop();

    // A restarted runner resumes from the checkpoint: nothing is applied twice.
    const again = new ProjectionRunner({ store, dataSource, projection: counterProjection() });
    await again.start();
    await add('b', [5]);
    await again.caughtUp();
    expect(await totals()).toEqual({ a: 6, b: 15 });
    await again.stop();
  });

  it('rolls back a batch that fails transiently: no partial read model, no checkpoint move, nothing parked', async () => {
    const before = await totals();
    const checkpointBefore = await new ProjectionRunner({ store, dataSource, projection: counterProjection() }).currentCheckpoint();
    await add('c', [7]);
    const failing = new ProjectionRunner({ store, dataSource, projection: counterProjection({ failOn: 'c' }) });
    await failing.start();
    await expect(failing.caughtUp()).rejects.toThrow('could not serialize access');
    await failing.stop();
    expect(await totals()).toEqual(before);
    expect(await failing.currentCheckpoint()).toEqual(checkpointBefore);
    expect(await failing.parked()).toEqual([]);

    const fixed = new ProjectionRunner({ store, dataSource, projection: counterProjection() });
    await fixed.start();
    await fixed.caughtUp();
    expect((await totals()).c).toBe(7);
    await fixed.stop();
  });

  it('two runners of one projection never apply an event twice', async () => {
    const one = new ProjectionRunner({ store, dataSource, projection: counterProjection(), batchSize: 3 });
    const two = new ProjectionRunner({ store, dataSource, projection: counterProjection(), batchSize: 5 });
    await Promise.all([one.start(), two.start()]);
    const before = (await totals()).d ?? 0;
    await Promise.all(Array.from({ length: 20 }, (_, i) => add(`d`, [1]).catch(() => add(`d-${i}`, [1]))));
    await Promise.all([one.caughtUp(), two.caughtUp()]);
    const after = await totals();
    const sum = Object.entries(after).filter(([k]) => k.startsWith('d')).reduce((s, [, v]) => s + v, 0);
    expect(sum - before).toBe(20);
    await Promise.all([one.stop(), two.stop()]);
  });

  it('rebuilds into a fresh schema and switches over to identical tables', async () => {
    const live = await totals();
    await dataSource.query(`UPDATE counters_rm.counters SET total = -1`); // corrupt the live read model
    const runner = new ProjectionRunner({ store, dataSource, projection: counterProjection() });
    const phases: string[] = [];
    const result = await runner.rebuild({ batchSize: 4, onProgress: (p) => phases.push(p.phase) });
    expect(await totals()).toEqual(live);
    expect(result.processed).toBeGreaterThan(0);
    expect(phases).toContain('replaying');
    expect(phases[phases.length - 1]).toBe('done');
    const schemas: { nspname: string }[] = await dataSource.query(`SELECT nspname FROM pg_namespace WHERE nspname LIKE 'counters_rm%' ORDER BY 1`);
    expect(schemas.map((s) => s.nspname)).toEqual(['counters_rm']);
    // The live runner continues from the rebuilt checkpoint.
    await runner.start();
    await add('e', [4]);
    await runner.caughtUp();
    expect((await totals()).e).toBe(4);
    await runner.stop();
  });
});
