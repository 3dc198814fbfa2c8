'use strict';
/**
 * The platform for an HTTP benchmark, started the way `npm start` (tools/launcher) starts it, but
 * throw-away and on 127.0.0.1 only: an embedded PostgreSQL in a temporary folder, one database per
 * service plus `jejak_transport`, the local token issuer as its own process, and the requested
 * services as their own processes (their built `dist/main.js`, which run their migrations), each
 * waited for on `/health/ready`.
 *
 * Ports: BENCH_PG_PORT, BENCH_ISSUER_PORT, BENCH_<SERVICE>_PORT (e.g. BENCH_LETTERS_PORT); unset or 0
 * picks a free port. EVENT_TRANSPORT=kafka (with KAFKA_BROKERS) runs the services on Kafka.
 */
const { spawn } = require('node:child_process');
const { mkdtempSync, readFileSync, rmSync, existsSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { Client } = require('pg');
const { startEmbeddedPostgres, freePort, withDatabase } = require('@jejak/postgres');

const root = resolve(__dirname, '../../..');
const REGISTRY = JSON.parse(readFileSync(join(root, 'services.json'), 'utf8')).services;

const envName = (service) => `BENCH_${service.toUpperCase().replace(/-/g, '_')}_PORT`;

async function portFromEnv(name) {
  const value = Number(process.env[name] ?? 0);
  if (!Number.isInteger(value) || value < 0 || value > 65535) throw new Error(`${name} is not a TCP port: ${process.env[name]}`);
  return value > 0 ? value : freePort();
}

async function ensureDatabase(adminUrl, database) {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/** Waits until `url` answers 200, or throws after `timeoutMs` (or when `alive()` turns false). */
async function waitFor(url, timeoutMs, alive = () => true, what = url) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`${what} exited while starting`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (res.status === 200) return;
      last = `status ${res.status}: ${(await res.text()).slice(0, 300)}`;
    } catch (error) {
      last = String(error?.cause?.code ?? error);
    }
    await sleep(200);
  }
  throw new Error(`${what} not ready after ${timeoutMs} ms (${last})`);
}

function spawnNode(name, file, env, logs) {
  const child = spawn(process.execPath, ['--enable-source-maps', file], {
    env: { ...process.env, ...env },
    stdio: ['ignore', logs ? 'inherit' : 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
    if (logs) process.stderr.write(chunk);
  });
  child.benchName = name;
  child.stderrTail = () => stderr;
  return child;
}

/**
 * Starts PostgreSQL, the issuer and `services` (names from services.json), on `transport` ('postgres'
 * or 'kafka'; default EVENT_TRANSPORT, else 'postgres'). Returns URLs, the admin
 * URL of the server, a token helper and `stop()`. Everything it started is stopped by `stop()`, and
 * killed if the bench process exits without it.
 */
async function startPlatform({ services, log = () => undefined, env = {}, transport: wanted }) {
  const children = [];
  const killAll = () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killAll);
  const dataDir = mkdtempSync(join(tmpdir(), 'jejak-bench-pg-'));
  let pg;
  // Ctrl-C or a SIGTERM: kill the services, stop PostgreSQL, remove its data, then exit.
  const onSignal = () => {
    killAll();
    void Promise.resolve(pg?.stop())
      .catch(() => undefined)
      .finally(() => {
        rmSync(dataDir, { recursive: true, force: true });
        process.exit(130);
      });
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const unhook = () => {
    process.removeListener('exit', killAll);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
  };
  try {
    pg = await startEmbeddedPostgres({ dataDir, port: await portFromEnv('BENCH_PG_PORT'), persistent: false });
    log(`embedded PostgreSQL on 127.0.0.1:${pg.port}`);
    const adminUrl = pg.url;

    const issuerPort = await portFromEnv('BENCH_ISSUER_PORT');
    const issuerUrl = `http://127.0.0.1:${issuerPort}`;
    const keysDir = join(dataDir, 'keys');
    const issuer = spawnNode('issuer', join(root, 'tools/launcher/dist/issuer.js'), { ISSUER_PORT: String(issuerPort), HOST: '127.0.0.1', JEJAK_KEYS_DIR: keysDir }, false);
    children.push(issuer);
    await waitFor(`${issuerUrl}/jwks`, 30_000, () => issuer.exitCode === null, 'token issuer');

    await ensureDatabase(adminUrl, 'jejak_transport');
    const urls = {};
    const databases = {};
    const transport = (wanted ?? process.env.EVENT_TRANSPORT) === 'kafka' ? 'kafka' : 'postgres';
    if (transport === 'kafka' && !process.env.KAFKA_BROKERS) throw new Error('EVENT_TRANSPORT=kafka needs KAFKA_BROKERS');
    const started = [];
    for (const name of services) {
      const entry = REGISTRY.find((s) => s.name === name);
      if (!entry) throw new Error(`unknown service ${name}`);
      const main = join(root, 'services', name, 'dist', 'main.js');
      if (!existsSync(main)) throw new Error(`${name} is not built (${main})`);
      await ensureDatabase(adminUrl, entry.database);
      const port = await portFromEnv(envName(name));
      const child = spawnNode(name, main, {
        PORT: String(port),
        HOST: '127.0.0.1',
        SERVICE_NAME: name,
        DATABASE_URL: withDatabase(adminUrl, entry.database),
        EVENT_STORE: 'postgres',
        EVENT_TRANSPORT: transport,
        TRANSPORT_DATABASE_URL: withDatabase(adminUrl, 'jejak_transport'),
        JWT_ISSUER: issuerUrl,
        JWT_JWKS_URL: `${issuerUrl}/jwks`,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
        ...env,
      }, process.env.BENCH_SERVICE_LOGS === '1');
      children.push(child);
      urls[name] = `http://127.0.0.1:${port}`;
      databases[name] = withDatabase(adminUrl, entry.database);
      started.push({ name, child });
    }
    for (const { name, child } of started) {
      try {
        await waitFor(`${urls[name]}/health/ready`, 90_000, () => child.exitCode === null, name);
      } catch (error) {
        throw new Error(`${error.message}\n${child.stderrTail()}`);
      }
      log(`${name} ready on ${urls[name]}`);
    }

    const tokens = new Map();
    const token = async (username) => {
      if (!tokens.has(username)) {
        const res = await fetch(`${issuerUrl}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) });
        if (res.status !== 200) throw new Error(`token for ${username}: ${res.status} ${await res.text()}`);
        tokens.set(username, (await res.json()).access_token);
      }
      return tokens.get(username);
    };
    const users = async () => (await (await fetch(`${issuerUrl}/users`)).json()).users;

    /** Stops a child: SIGTERM, then SIGKILL after 10 s. */
    const stopChild = (child) =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
        child.kill('SIGTERM');
      });

    const stop = async () => {
      await Promise.all([...children].reverse().map(stopChild));
      await pg.stop().catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
      unhook();
    };
    return { adminUrl, pgPort: pg.port, urls, databases, issuerUrl, transport, token, users, stop, children };
  } catch (error) {
    killAll();
    await pg?.stop().catch(() => undefined);
    rmSync(dataDir, { recursive: true, force: true });
    unhook();
    throw error;
  }
}

module.exports = { startPlatform, waitFor, sleep, root };
