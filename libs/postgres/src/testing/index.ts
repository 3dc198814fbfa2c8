import { Client, Pool } from 'pg';
import { randomBytes } from 'node:crypto';
import { createPool, withDatabase } from '../pool';

/**
 * The admin URL of the PostgreSQL server used by the test run: set by the Jest global setup
 * (embedded PostgreSQL) or by the caller through JEJAK_TEST_DATABASE_URL.
 */
export function testServerUrl(): string {
  const url = process.env.JEJAK_TEST_DATABASE_URL;
  if (!url) throw new Error('JEJAK_TEST_DATABASE_URL is not set: run tests through the root jest config');
  return url;
}

export interface TestDatabase {
  name: string;
  url: string;
  pool: Pool;
  drop(): Promise<void>;
}

/** Creates a fresh, empty database for one test file, so test files never share state. */
export async function createTestDatabase(prefix = 'test'): Promise<TestDatabase> {
  const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${randomBytes(5).toString('hex')}`;
  const admin = new Client({ connectionString: testServerUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
  const url = withDatabase(testServerUrl(), name);
  const pool = createPool(url, { max: 20 });
  return {
    name,
    url,
    pool,
    drop: async () => {
      await pool.end().catch(() => undefined);
      const client = new Client({ connectionString: testServerUrl() });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}
