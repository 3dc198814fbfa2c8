/**
 * `npm start` end to end: the real launcher (built by `npm test`'s build step) starts an embedded
 * PostgreSQL — as root on CI, which initdb refuses unless handled — the local issuer and every built
 * service; each service answers /health/ready; SIGINT (Ctrl-C) stops everything with exit code 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createConnection } from 'node:net';
import { freePort } from '@jejak/postgres';
import { availableServices, envPortName } from './services';

const root = resolve(__dirname, '../../..');
const entry = join(root, 'tools/launcher/dist/main.js');

function waitForExit(child: ChildProcess, ms: number): Promise<number | null> {
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error('launcher did not stop in time')), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

describe('npm start (launcher)', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'jejak-launcher-'));
  let child: ChildProcess | undefined;
  let output = '';

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts PostgreSQL, the issuer and every service, then stops cleanly on SIGINT', async () => {
    expect(existsSync(entry)).toBe(true);
    const services = availableServices(root);
    expect(services.map((s) => s.name)).toEqual(expect.arrayContaining(['sop-catalogue', 'compliance']));
    const pgPort = await freePort();
    const issuerPort = await freePort();
    const ports: Record<string, number> = {};
    for (const service of services) ports[service.name] = await freePort();

    const env: NodeJS.ProcessEnv = { ...process.env, JEJAK_DATA_DIR: dataDir, JEJAK_PG_PORT: String(pgPort), ISSUER_PORT: String(issuerPort), LOG_LEVEL: 'info' };
    delete env.DATABASE_URL;
    delete env.JWT_JWKS_URL;
    delete env.JWT_ISSUER;
    for (const service of services) env[envPortName(service.name)] = String(ports[service.name]);

    child = spawn(process.execPath, [entry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));

    const deadline = Date.now() + 90_000;
    const ready = new Set<string>();
    while (ready.size < services.length && Date.now() < deadline) {
      for (const service of services) {
        if (ready.has(service.name)) continue;
        const response = await fetch(`http://127.0.0.1:${ports[service.name]}/health/ready`).catch(() => undefined);
        if (response?.status === 200) ready.add(service.name);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
    if (ready.size < services.length) throw new Error(`not ready: ${services.map((s) => s.name).filter((n) => !ready.has(n))}\n${output}`);

    for (const service of services) expect(output).toContain(`listening on http://127.0.0.1:${ports[service.name]}`);
    const users = await fetch(`http://127.0.0.1:${issuerPort}/users`);
    expect(users.status).toBe(200);
    expect(await portOpen(pgPort)).toBe(true);

    child.kill('SIGINT');
    const code = await waitForExit(child, 45_000);
    expect(code).toBe(0);
    expect(await portOpen(pgPort)).toBe(false);
    for (const service of services) expect(await portOpen(ports[service.name])).toBe(false);
  }, 180_000);
});
