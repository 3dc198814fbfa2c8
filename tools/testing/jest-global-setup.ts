// Starts one embedded PostgreSQL server for the whole test run, unless JEJAK_TEST_DATABASE_URL
// already points at a server. Each test file then creates its own database on it
// (see @jejak/postgres/testing). Jest transpiles this file with the projects' SWC transform.
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../libs/postgres/src/embedded';

export default async function globalSetup(): Promise<void> {
  if (process.env.JEJAK_TEST_DATABASE_URL) return;
  const dataDir = join(__dirname, '../../.jejak/test-pg', String(process.pid));
  const server = await startEmbeddedPostgres({
    dataDir,
    persistent: false,
    log: process.env.JEJAK_TEST_PG_LOG ? (line) => process.stderr.write(`[pg] ${line}\n`) : undefined,
  });
  process.env.JEJAK_TEST_DATABASE_URL = server.url;
  (globalThis as { __JEJAK_PG__?: typeof server }).__JEJAK_PG__ = server;
}
