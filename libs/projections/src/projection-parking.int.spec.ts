import { PostgresEventStore, type EventMetadata, type RecordedEvent } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { ProjectionRunner } from './projection-runner';
import type { ProjectionDefinition } from './projection';

class CreateLedger1700000000001 implements MigrationInterface {
  name = 'CreateLedger1700000000001';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE ledger (stream text PRIMARY KEY, tenant text NOT NULL, items text[] NOT NULL, event_ids text[] NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ledger`);
  }
}

interface Item {
  item: string;
  /** Content the handler cannot read until it is "fixed" (like `content: []` in a drafted SOP). */
  content?: unknown[];
}

/** A projection whose handler has a bug: it throws on an empty `content` unless `fixed`. */
function ledgerProjection(handler: { fixed: boolean }): ProjectionDefinition {
  return {
    name: 'ledger',
    readSchema: 'ledger_rm',
    migrations: [CreateLedger1700000000001],
    eventTypes: ['ItemAdded'],
    async handle(events: RecordedEvent[], manager: EntityManager) {
      for (const event of events) {
        const data = event.data as Item;
        if (data.content && data.content.length === 0 && !handler.fixed) throw new TypeError(`cannot read steps of ${data.item}`);
        await manager.query(
          `INSERT INTO ledger (stream, tenant, items, event_ids) VALUES ($1, $2, ARRAY[$3], ARRAY[$4])
           ON CONFLICT (stream) DO UPDATE SET items = ledger.items || EXCLUDED.items, event_ids = ledger.event_ids || EXCLUDED.event_ids`,
          [event.stream, event.tenant, data.item, event.id],
        );
      }
    },
  };
}

const meta = (tenant: string): EventMetadata => ({ tenant, actor: { userId: 'u1', role: 'STAF' }, correlationId: 'c1' });

describe('ProjectionRunner parks poison events (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;
  const handler = { fixed: false };
  let runner: ProjectionRunner;

  beforeAll(async () => {
    db = await createTestDatabase('projections_parking');
    store = await PostgresEventStore.create(db.pool, { schema: 'parking_es', pollIntervalMs: 100 });
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  });
  afterAll(async () => {
    await runner?.stop();
    await store.close();
    await dataSource.destroy();
    await db.drop();
  });

  const add = async (stream: string, tenant: string, data: Item): Promise<string> => {
    await store.append(stream, [{ type: 'ItemAdded', data, metadata: meta(tenant) }]);
    return (await store.readStream(stream, { direction: 'backwards', maxCount: 1 }))[0].id;
  };
  const ledger = async (): Promise<Record<string, string[]>> => {
    const rows: { stream: string; items: string[] }[] = await dataSource.query(`SELECT stream, items FROM ledger_rm.ledger ORDER BY stream`);
    return Object.fromEntries(rows.map((r) => [r.stream, r.items]));
  };

  it('parks the poison event and the rest of its stream; other streams and tenants go on; retry applies them in order', async () => {
    // Tenant A (35): streams a1 and a2; tenant B (61): stream b1. The poison event is a1's second.
    await add('a1', '35', { item: 'a1-1' });
    await add('b1', '61', { item: 'b1-1' });
    const poison = await add('a1', '35', { item: 'a1-2', content: [] });
    await add('a2', '35', { item: 'a2-1' });
    await store.append('a1', [{ type: 'Ignored', data: {}, metadata: meta('35') }]);
    await add('b1', '61', { item: 'b1-2' });
    const behind1 = await add('a1', '35', { item: 'a1-3' });
    await add('a2', '35', { item: 'a2-2' });

    runner = new ProjectionRunner({ store, dataSource, projection: ledgerProjection(handler), batchSize: 3, restartDelayMs: 50 });
    await runner.start();
    await runner.caughtUp();

    expect(await ledger()).toEqual({ a1: ['a1-1'], a2: ['a2-1', 'a2-2'], b1: ['b1-1', 'b1-2'] });
    const parked = await runner.parked();
    expect(parked.map((p) => [p.eventId, p.stream, p.tenant, p.reason, p.blockedBy, p.attempts])).toEqual([
      [poison, 'a1', '35', 'cannot read steps of a1-2', null, 1],
      [behind1, 'a1', '35', `blocked by ${poison}`, poison, 0],
    ]);
    expect(parked[0]).toMatchObject({ worker: 'ledger', eventType: 'ItemAdded' });
    expect(parked[0].errorStack).toContain('TypeError: cannot read steps of a1-2');
    expect(parked[0].recordedAt).toBeInstanceOf(Date);
    const poisonEvent = (await store.readStream('a1')).find((e) => e.id === poison)!;
    expect(parked[0].position).toEqual({ commit: poisonEvent.position.commit.toString(), prepare: poisonEvent.position.prepare.toString() });

    // The checkpoint is at the head, and never skipped an event that is not parked: every ItemAdded
    // event is either in the read model or parked, never both.
    const all = (await store.readAll()).filter((e) => e.type === 'ItemAdded');
    expect(await runner.currentCheckpoint()).toEqual((await store.readAll()).at(-1)!.position);
    const applied: { ids: string[] }[] = await dataSource.query(`SELECT unnest(event_ids) AS ids FROM ledger_rm.ledger`);
    const appliedIds = applied.map((r) => r.ids as unknown as string);
    expect([...appliedIds, ...parked.map((p) => p.eventId)].sort()).toEqual(all.map((e) => e.id).sort());

    // Live: a1 stays blocked, a2 and b1 go on.
    const behind2 = await add('a1', '35', { item: 'a1-4' });
    await add('a2', '35', { item: 'a2-3' });
    await add('b1', '61', { item: 'b1-3' });
    await runner.caughtUp();
    expect(await ledger()).toEqual({ a1: ['a1-1'], a2: ['a2-1', 'a2-2', 'a2-3'], b1: ['b1-1', 'b1-2', 'b1-3'] });
    expect((await runner.parked()).map((p) => p.eventId)).toEqual([poison, behind1, behind2]);
    expect(await runner.status()).toMatchObject({ state: 'running', parked: 3, lagEvents: 0, lagSeconds: 0 });

    // A retry before the fix fails again: attempts go up, nothing moves.
    const early = await runner.retryParked('all');
    expect(early).toEqual({ retried: [], failed: [{ eventId: poison, error: 'cannot read steps of a1-2' }], remaining: 3 });
    expect((await runner.parked()).map((p) => p.attempts)).toEqual([2, 0, 0]);

    // After the fix, retrying the poison event applies its stream in order and removes the rows.
    handler.fixed = true;
    const retried = await runner.retryParked({ eventId: poison });
    expect(retried).toEqual({ retried: [poison, behind1, behind2], failed: [], remaining: 0 });
    expect((await ledger()).a1).toEqual(['a1-1', 'a1-2', 'a1-3', 'a1-4']);
    expect(await runner.parked()).toEqual([]);

    // The stream is no longer blocked.
    await add('a1', '35', { item: 'a1-5' });
    await runner.caughtUp();
    expect((await ledger()).a1).toEqual(['a1-1', 'a1-2', 'a1-3', 'a1-4', 'a1-5']);
    expect(await runner.status()).toMatchObject({ state: 'running', parked: 0 });
    const [row] = await dataSource.query(`SELECT events_applied FROM ledger_rm.projection_checkpoints WHERE name = 'ledger'`);
    expect(Number(row.events_applied)).toBe(11); // every ItemAdded event (a1: 5, a2: 3, b1: 3), once
  });

  it('a rebuild recomputes the parked events with the read model', async () => {
    handler.fixed = false;
    await runner.stop();
    const result = await runner.rebuild({ batchSize: 2 });
    expect(result.processed).toBeGreaterThan(0);
    expect((await runner.parked()).map((p) => p.stream)).toEqual(['a1', 'a1', 'a1', 'a1']);
    expect((await ledger()).a1).toEqual(['a1-1']);
    handler.fixed = true;
    expect((await runner.retryParked('all')).remaining).toBe(0);
    expect((await ledger()).a1).toEqual(['a1-1', 'a1-2', 'a1-3', 'a1-4', 'a1-5']);
  });

  it('reports lag while stopped behind the head of the log', async () => {
    await add('b1', '61', { item: 'b1-4' });
    await add('b1', '61', { item: 'b1-5' });
    const status = await runner.status();
    expect(status).toMatchObject({ state: 'stopped', parked: 0, lagEvents: 2 });
    expect(status.lagSeconds).toBeGreaterThanOrEqual(0);
    expect(status.lagSeconds).toBeLessThan(120);
  });
});
