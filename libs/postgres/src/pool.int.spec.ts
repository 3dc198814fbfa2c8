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
