import { comparePositions, PostgresEventStore, type EventMetadata } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { DataSource } from 'typeorm';
import { readSchemaCheckpoint } from './checkpoint';
import { ProjectionRunner } from './projection-runner';
import type { ProjectionDefinition } from './projection';

const meta: EventMetadata = { tenant: '35', actor: { userId: 'u1', role: 'STAF' }, correlationId: 'c1' };
const seen: ProjectionDefinition = { name: 'seen', readSchema: 'seen_rm', migrations: [], handle: async () => undefined };

describe('readSchemaCheckpoint (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase('checkpoint_reads');
    store = await PostgresEventStore.create(db.pool, { schema: 'test_es' });
    dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
  });
  afterAll(async () => {
    await store.close();
    await dataSource.destroy();
    await db.drop();
  });

  it('is undefined before the projection exists and before it projected anything, then the position of the last event it applied', async () => {
    expect(await readSchemaCheckpoint(dataSource, 'seen_rm')).toBeUndefined();
    const runner = new ProjectionRunner({ store, dataSource, projection: seen });
    await runner.start();
    try {
      await runner.caughtUp();
      expect(await readSchemaCheckpoint(dataSource, 'seen_rm')).toBeUndefined();
      const first = await store.append('s-1', [{ type: 'Added', data: {}, metadata: meta }], { expectedRevision: 'no_stream' });
      const second = await store.append('s-2', [{ type: 'Added', data: {}, metadata: meta }, { type: 'Added', data: {}, metadata: meta }], { expectedRevision: 'no_stream' });
      await runner.caughtUp();
      const at = await readSchemaCheckpoint(dataSource, 'seen_rm');
      expect(at).toEqual(second.position);
      expect(comparePositions(at!, first.position)).toBeGreaterThan(0);
      // Stopped, it stays where it was while the log moves on.
      await runner.stop();
      const third = await store.append('s-3', [{ type: 'Added', data: {}, metadata: meta }], { expectedRevision: 'no_stream' });
      expect(comparePositions((await readSchemaCheckpoint(dataSource, 'seen_rm'))!, third.position)).toBeLessThan(0);
    } finally {
      await runner.stop();
    }
  });

  it('refuses a schema name it would have to quote', async () => {
    await expect(readSchemaCheckpoint(dataSource, 'seen_rm"; DROP TABLE x; --')).rejects.toThrow(/invalid read schema/);
  });
});
