import { Pool, PoolClient, PoolConfig, types } from 'pg';

// int8 (bigint) columns come back as strings by default; we keep them as strings at the driver
// level and convert explicitly where a bigint is wanted, so nothing is silently rounded.
types.setTypeParser(types.builtins.INT8, (value: string) => value);

export type Sql = Pick<PoolClient, 'query'>;

export function createPool(connectionString: string, config: Omit<PoolConfig, 'connectionString'> = {}): Pool {
  const pool = new Pool({ connectionString, max: 10, ...config });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', () => undefined);
  // Nor may a checked-out client (the pool drops its own listener while a client is lent): when the
  // server terminates a connection between two queries, node-postgres emits 'error' on the client,
  // which would otherwise be unhandled. The next query on that client fails instead, and the
  // caller's error handling (retry, rollback, release with the error) takes over.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
  return pool;
}

/** Runs `work` in one transaction; commits on success, rolls back on any error. */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/** Quotes an SQL identifier (schema or table name) safely. */
export function ident(name: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid SQL identifier: ${name}`);
  return `"${name}"`;
}

/** Replaces the database name in a connection URL. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
