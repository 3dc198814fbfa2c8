/**
 * `npm start`: the whole platform on one machine, supervised.
 * - an embedded PostgreSQL (data under .jejak/pg, git-ignored), unless DATABASE_URL points at a server;
 *   watched: when it dies it is restarted (the services' pools survive terminated connections, so they
 *   reconnect); when it cannot be restarted (5 times within 60 s) the platform stops with the reason;
 * - one database per service plus `jejak_transport` for the PostgreSQL-backed event transport;
 * - the local OIDC token issuer for the demo users (inside this process);
 * - every service registered in services.json that is built, each as its own supervised process:
 *   a crash restarts it with backoff, the others keep running; 5 crashes within 60 s stop the platform.
 * Nothing outlives the launcher: services stop when its IPC channel closes, and a watchdog process
 * stops whatever the run file (`<data dir>/launcher.run.json`) records when the launcher is killed
 * (even with -9). A start that finds leftovers of a killed launcher stops them first, or says exactly
 * what to do. Ctrl-C (SIGINT) or SIGTERM stops everything cleanly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres, withDatabase, type RunningPostgres } from '@jejak/postgres';
import { startLocalIssuer } from '@jejak/nest-platform';
import { readRunFile, removeRunFile, runFilePath, stillOurs, stopRecorded, writeRunFile, type RunFile, type RunProcess } from './run-file';
import { availableServices, envPortName, serviceEntryPoint, SERVICES } from './services';
import { afterCrash, ServiceSupervisor } from './supervisor';
import { readyLine } from './ready-line';
import { formatLogLine, logFormatFrom } from './log-format';

const root = resolve(__dirname, '../../..');
const logFormat = logFormatFrom(process.env);
const log = (message: string, level = 'info') =>
  process.stdout.write(formatLogLine({ level, time: new Date().toISOString(), name: 'launcher', msg: message }, logFormat));

/** An error the user can act on: printed as is, without a stack. */
class LaunchError extends Error {}

async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
}

function portFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

/** Leftovers of a launcher that was killed: stopped; a launcher still running on the data dir: refused. */
async function clearLeftovers(runFile: string): Promise<void> {
  const previous = readRunFile(runFile);
  if (!previous) return;
  const launcher = { pid: previous.launcherPid, marker: 'launcher' };
  if (previous.launcherPid !== process.pid && stillOurs(launcher)) {
    throw new LaunchError(
      `another launcher (pid ${previous.launcherPid}) is running on this data folder (${runFile}). ` +
        `Stop it with \`kill -INT ${previous.launcherPid}\`, or give this one another JEJAK_DATA_DIR and ports.`,
    );
  }
  // The old watchdog may be stopping the same processes: both only signal what is still ours.
  const stopped = await stopRecorded(previous.processes.filter((p) => p.role !== 'launcher' && p.role !== 'watchdog'));
  if (stopped.length) log(`stopped what a killed launcher (pid ${previous.launcherPid}) left running: ${stopped.join(', ')}`, 'warn');
  removeRunFile(runFile);
}

async function main(): Promise<void> {
  const dataDir = resolve(process.env.JEJAK_DATA_DIR ?? join(root, '.jejak', 'pg'));
  mkdirSync(dataDir, { recursive: true });
  const runFile = runFilePath(dataDir);
  await clearLeftovers(runFile);

  const services = availableServices(root);
  const unbuilt = SERVICES.filter((s) => !services.includes(s)).map((s) => s.name);
  const issuerPort = Number(process.env.ISSUER_PORT ?? 3100);
  const ports = new Map(services.map((s) => [s.name, Number(process.env[envPortName(s.name)] ?? s.port)]));
  const wanted: Array<[string, number, string]> = [
    ...(process.env.JWT_JWKS_URL ? [] : [['local token issuer', issuerPort, 'ISSUER_PORT'] as [string, number, string]]),
    ...services.map((s) => [s.name, ports.get(s.name)!, envPortName(s.name)] as [string, number, string]),
  ];
  for (const [what, port, variable] of wanted) {
    if (!(await portFree(port))) {
      throw new LaunchError(`port ${port} for ${what} is in use by another process: stop that process (e.g. \`fuser -k ${port}/tcp\` or \`lsof -i :${port}\` to find it), or set ${variable} to a free port`);
    }
  }

  const record: RunFile = { launcherPid: process.pid, startedAt: new Date().toISOString(), processes: [{ role: 'launcher', pid: process.pid, marker: 'launcher', stopSignal: 'SIGTERM' }] };
  const remember = (entry: RunProcess) => {
    record.processes = [...record.processes.filter((p) => p.role !== entry.role), entry];
    writeRunFile(runFile, record);
  };
  writeRunFile(runFile, record);
  const watchdog: ChildProcess = spawn(process.execPath, [join(__dirname, 'watchdog.js'), runFile, String(process.pid)], {
    stdio: ['pipe', 'ignore', 'inherit'],
    detached: true,
  });
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void }).unref?.();
  remember({ role: 'watchdog', pid: watchdog.pid ?? 0, marker: 'watchdog.js', stopSignal: 'SIGKILL' });

  let stopping = false;
  let embedded: RunningPostgres | undefined;
  const supervisors: ServiceSupervisor[] = [];
  const issuerRef: { stop?: () => Promise<void> } = {};

  const shutdown = async (exitCode = 0, why = 'stopping'): Promise<void> => {
    if (stopping) return;
    stopping = true;
    log(`${why}: stopping services`, exitCode === 0 ? 'info' : 'error');
    await Promise.all(supervisors.map((s) => s.stop()));
    await issuerRef.stop?.().catch(() => undefined);
    if (embedded) {
      log('stopping embedded PostgreSQL');
      await embedded.stop().catch((error: unknown) => log(`PostgreSQL did not stop cleanly: ${String(error)}`, 'warn'));
    }
    removeRunFile(runFile);
    watchdog.stdin?.end('stopped\n');
    log('stopped');
    process.exit(exitCode);
  };
  process.on('SIGINT', () => void shutdown(0));
  process.on('SIGTERM', () => void shutdown(0));

  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const pgPort = Number(process.env.JEJAK_PG_PORT ?? 54329);
    if (!(await portFree(pgPort))) {
      throw new LaunchError(`port ${pgPort} for the embedded PostgreSQL is in use by another process: stop it, or set JEJAK_PG_PORT to a free port`);
    }
    embedded = await startEmbeddedPostgres({
      dataDir,
      port: pgPort,
      persistent: true,
      stopLeftover: true,
      log: process.env.JEJAK_PG_LOG ? (line) => log(`[postgres] ${line}`) : undefined,
    });
    const pg = embedded;
    const recordPostgres = () => pg.pid !== undefined && remember({ role: 'postgres', pid: pg.pid, marker: join(pg.dataDir, 'pgdata'), stopSignal: 'SIGINT' });
    recordPostgres();
    adminUrl = pg.url;
    log(`embedded PostgreSQL listening on 127.0.0.1:${pg.port} (data: ${pg.dataDir})`);
    let pgCrashes: number[] = [];
    pg.onUnexpectedExit((code, signal) => {
      if (stopping) return;
      const decision = afterCrash(pgCrashes, Date.now());
      pgCrashes = decision.crashes;
      if (decision.action === 'give-up') {
        void shutdown(1, `embedded PostgreSQL died ${decision.crashes.length} times within 60 s (last: code ${code}, signal ${signal}); giving up`);
        return;
      }
      log(`embedded PostgreSQL exited (code ${code}, signal ${signal}); restarting it, the services reconnect`, 'warn');
      void pg
        .restart()
        .then(() => {
          recordPostgres();
          log(`embedded PostgreSQL restarted (pid ${pg.pid})`);
        })
        .catch((error: unknown) => void shutdown(1, `embedded PostgreSQL could not be restarted: ${error instanceof Error ? error.message : String(error)}`));
    });
  }

  const issuer = process.env.JWT_JWKS_URL
    ? undefined
    : await startLocalIssuer({ port: issuerPort, keysDir: join(root, '.jejak', 'keys'), host: '127.0.0.1' });
  if (issuer) issuerRef.stop = () => issuer.stop();
  if (issuer) log(`local token issuer listening on ${issuer.url} (demo users: GET ${issuer.url}/users, token: POST ${issuer.url}/token)`);

  await ensureDatabase(adminUrl, 'jejak_transport');
  if (unbuilt.length) log(`registered in services.json but not built (skipped): ${unbuilt.join(', ')}`);

  for (const service of services) {
    await ensureDatabase(adminUrl, service.database);
    const port = ports.get(service.name)!;
    const entry = serviceEntryPoint(root, service.name);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      PORT: String(port),
      SERVICE_NAME: service.name,
      DATABASE_URL: withDatabase(adminUrl, service.database),
      EVENT_STORE: process.env.EVENT_STORE ?? 'postgres',
      EVENT_TRANSPORT: process.env.EVENT_TRANSPORT ?? 'postgres',
      TRANSPORT_DATABASE_URL: process.env.TRANSPORT_DATABASE_URL ?? withDatabase(adminUrl, 'jejak_transport'),
      JWT_ISSUER: process.env.JWT_ISSUER ?? issuer?.issuer,
      JWT_JWKS_URL: process.env.JWT_JWKS_URL ?? issuer?.jwksUrl,
    };
    const supervisor = new ServiceSupervisor(
      { name: service.name, entry, env },
      {
        log: (message) => log(message, 'warn'),
        started: (name, pid) => remember({ role: name, pid, marker: entry, stopSignal: 'SIGTERM' }),
        gaveUp: (_name, message) => void shutdown(1, message),
      },
    );
    supervisor.start();
    supervisors.push(supervisor);
  }
  if (services.length === 0) log('no built service found: run `npm run build` first');

  void announceWhenReady(
    services.map((s) => ({ name: s.name, url: `http://127.0.0.1:${ports.get(s.name)}` })),
    issuer?.url,
    () => stopping,
  );
}

/** Waits until every service answers /health/ready, then prints one line a person reads. */
async function announceWhenReady(services: Array<{ name: string; url: string }>, issuerUrl: string | undefined, stopped: () => boolean): Promise<void> {
  const ready = new Set<string>();
  const started = Date.now();
  while (ready.size < services.length && !stopped()) {
    for (const service of services) {
      if (ready.has(service.name)) continue;
      const response = await fetch(`${service.url}/health/ready`, { signal: AbortSignal.timeout(2_000) }).catch(() => undefined);
      if (response?.status === 200) ready.add(service.name);
    }
    if (ready.size < services.length) await new Promise((r) => setTimeout(r, 250));
  }
  if (stopped()) return;
  log(`platform ready in ${Date.now() - started} ms`);
  process.stdout.write(`${readyLine(services, issuerUrl)}\n`);
}

main().catch((error: unknown) => {
  const message =
    error instanceof LaunchError ? error.message : error instanceof Error ? (error.stack ?? error.message) : `an unexpected failure without a message (${String(error)})`;
  process.stderr.write(`launcher failed: ${message}\n`);
  // Leave nothing behind: the watchdog stops what was recorded when this process exits.
  process.exit(1);
});
