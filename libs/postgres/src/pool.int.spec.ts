import { createTestDatabase, TestDatabase } from './testing';
import { withTransaction } from './pool';

describe('withTransaction (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('pool');
    await db.pool.query('CREATE TABLE t (v int)');
  });
  afterAll(() => db.drop());

  it('commits on success', async () => {
    await withTransaction(db.pool, (c) => c.query('INSERT INTO t VALUES (1)'));
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM t');
    expect(rows[0].n).toBe(1);
  });

  it('rolls back everything on error', async () => {
    await expect(
      withTransaction(db.pool, async (c) => {
        await c.query('INSERT INTO t VALUES (2)');
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    const { rows } = await db.pool.query('SELECT count(*)::int AS n FROM t WHERE v = 2');
    expect(rows[0].n).toBe(0);
  });
});

describe('createPool (real PostgreSQL)', () => {
  it('survives the server terminating a lent client between queries', async () => {
    const db = await createTestDatabase('pool_terminate');
    try {
      const client = await db.pool.connect();
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      const admin = await db.pool.connect();
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
      admin.release();
      // The termination arrives as an 'error' event on the lent client; the process must not crash.
      await new Promise((r) => setTimeout(r, 200));
      await expect(client.query('SELECT 1')).rejects.toThrow();
      client.release(true);
      const again = await db.pool.query('SELECT 1 AS ok');
      expect(again.rows[0].ok).toBe(1);
    } finally {
      await db.drop();
    }
  });
});
