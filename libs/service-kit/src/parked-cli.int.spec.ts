import { PostgresEventStore, type RecordedEvent } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { ProjectionRunner, type ProjectionDefinition } from '@jejak/projections';
import { DataSource, type EntityManager, type MigrationInterface, type QueryRunner } from 'typeorm';
import { schemaFor } from './config';
import { runParkedCli } from './parked-cli';

class CreateNames1700000000003 implements MigrationInterface {
  name = 'CreateNames1700000000003';
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE names (stream text PRIMARY KEY, name text NOT NULL)`);
  }
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE names`);
  }
}

const handler = { fixed: false };
const namesProjection: ProjectionDefinition = {
  name: 'names',
  readSchema: 'parked_cli_rm',
  migrations: [CreateNames1700000000003],
  async handle(events: RecordedEvent[], manager: EntityManager) {
    for (const event of events) {
      const { name } = event.data as { name?: string };
      if (!name && !handler.fixed) throw new Error('name is missing');
      await manager.query(`INSERT INTO names VALUES ($1, $2) ON CONFLICT (stream) DO UPDATE SET name = EXCLUDED.name`, [event.stream, name ?? '(tanpa nama)']);
    }
  },
};

describe('parked list|retry CLI (real PostgreSQL)', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase('service_kit_parked_cli');
  });
  afterAll(async () => {
    await db?.drop();
  });

  const cli = async (...args: string[]) => {
    let text = '';
    const code = await runParkedCli({ serviceName: 'parked-cli-test', projection: namesProjection }, args, { DATABASE_URL: db.url }, { write: (t: string) => (text += t) });
    return { code, text };
  };

  it('lists the parked events and retries them after a fix', async () => {
    const store = await PostgresEventStore.create(db.pool, { schema: schemaFor('parked-cli-test', 'es') });
    const dataSource = await new DataSource({ type: 'postgres', url: db.url }).initialize();
    const metadata = { tenant: '35', actor: { userId: 'u1', role: 'STAF' }, correlationId: 'c1' };
    await store.append('s1', [{ type: 'Named', data: {}, metadata }, { type: 'Named', data: { name: 'Dua' }, metadata }]);
    const [poison, behind] = (await store.readStream('s1')).map((e) => e.id);
    const runner = new ProjectionRunner({ store, dataSource, projection: namesProjection });
    await runner.start();
    await runner.caughtUp();
    await runner.stop();

    const listed = await cli('list');
    expect(listed.code).toBe(0);
    expect(listed.text.trim().split('\n')).toEqual([
      `names\t${poison}\ts1#0\tNamed\ttenant 35\tattempts 1\tname is missing`,
      `names\t${behind}\ts1#1\tNamed\ttenant 35\tattempts 0\tblocked by ${poison}`,
    ]);
    expect(JSON.parse((await cli('list', '--json')).text).map((p: { eventId: string }) => p.eventId)).toEqual([poison, behind]);

    expect(await cli('retry', 'all')).toEqual({ code: 1, text: `projection: retried 0, failed 1, still parked 2\n  ${poison}: name is missing\n` });
    handler.fixed = true;
    expect(await cli('retry', poison)).toEqual({ code: 0, text: 'projection: retried 2, failed 0, still parked 0\n' });
    expect((await cli('list')).text).toBe('parked-cli-test: no parked events\n');
    expect(await dataSource.query(`SELECT name FROM parked_cli_rm.names`)).toEqual([{ name: 'Dua' }]);
    await expect(cli('retry')).rejects.toThrow('usage: parked list');
    await store.close();
    await dataSource.destroy();
  });
});
