import type { PoolClient } from 'pg';

/** Runs `work` in a transaction on a connection the caller keeps (withTransaction takes one from a pool). */
export async function withTransactionOn<T>(client: PoolClient, work: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await work();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  }
}
