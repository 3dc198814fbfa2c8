/**
 * Helpers of the system tests: the REAL platform as `npm start` runs it (the built launcher
 * `tools/launcher/dist/main.js` with its embedded PostgreSQL, local token issuer and every built service as its own
 * process), on a fresh data directory and free ports, plus tokens of the demo users, an HTTP client that shows the
 * answer when a status is not the expected one, and polling with deadlines.
 *
 * The launcher is started the way `launcher.e2e.spec.ts` starts it. A test that fails half way stops it with SIGINT
 * too; should the launcher hang, `abort` kills it and every process it started, by their ids.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '@jejak/postgres';
import { lockKafkaPlatform } from './kafka-platform-lock';
import { availableServices, envPortName, type ServiceEntry } from '../src/services';

export const repositoryRoot = resolve(__dirname, '../../..');
export const launcherEntry = join(repositoryRoot, 'tools/launcher/dist/main.js');

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Keeps the last `limit` characters of the launcher's output, for error messages. */
class OutputTail {
  private text = '';
  constructor(private readonly limit: number) {}
  append(chunk: Buffer): void {
    this.text += chunk.toString();
    if (this.text.length > this.limit * 2) this.text = this.text.slice(-this.limit);
  }
  toString(): string {
    return this.text.slice(-this.limit);
  }
}

export function portOpen(port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.once('error', () => done(false));
  });
}

/**
 * Polls `probe` until it returns a value (not `undefined`), every `intervalMs`, until `timeoutMs` has passed.
 * `describe` explains on timeout what was last seen.
 */
export async function eventually<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  options: { timeoutMs?: number; intervalMs?: number; describe?: () => string } = {},
): Promise<T> {
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  let lastError: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const seen = options.describe ? `\nlast seen: ${options.describe()}` : '';
      const failed = lastError === undefined ? '' : `\nlast error: ${lastError instanceof Error ? lastError.message : String(lastError)}`;
      throw new Error(`timed out waiting for ${what}${seen}${failed}`);
    }
    await sleep(options.intervalMs ?? 500);
  }
}

/** Ids of every process below `pid` (Linux `/proc`; elsewhere none). */
function descendantsOf(pid: number): number[] {
  if (process.platform !== 'linux') return [];
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  const found: number[] = [];
  const queue = [pid];
  while (queue.length > 0) {
    for (const child of children.get(queue.shift()!) ?? []) {
      found.push(child);
      queue.push(child);
    }
  }
  return found;
}

export interface PlatformOptions {
  /** Extra environment of the launcher (e.g. EVENT_TRANSPORT). */
  env?: NodeJS.ProcessEnv;
  /** Services that must be built for the test to make sense. */
  requiredServices?: string[];
  /** How long every service may take to answer /health/ready (2-core CI: generous). */
  readyTimeoutMs?: number;
}

export interface RunningPlatform {
  issuerUrl: string;
  pgPort: number;
  services: ServiceEntry[];
  ports: Record<string, number>;
  /** Base URL of a service, e.g. `url('letters')`. */
  url(service: string): string;
  /** The launcher's recent output (its own log and every service's). */
  output(): string;
  /** Ctrl-C: SIGINT to the launcher, which stops the services and PostgreSQL; resolves with its exit code. */
  stop(timeoutMs?: number): Promise<number | null>;
  /** After a failure: SIGINT; if the launcher does not stop in time, SIGKILL to it and every process it started. */
  abort(): Promise<void>;
  /** Removes the data directory (call once the launcher has exited). */
  dispose(): void;
}

function waitForExit(child: ChildProcess, ms: number): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`launcher did not stop within ${ms} ms`)), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done(code);
    });
  });
}

/** Starts `npm start`'s launcher on its own data directory and free ports; resolves once every service is ready. */
export async function startPlatform(options: PlatformOptions = {}): Promise<RunningPlatform> {
  if (!existsSync(launcherEntry)) throw new Error(`${launcherEntry} is missing: build first (npx nx run-many -t build)`);
  const services = availableServices(repositoryRoot);
  const missing = (options.requiredServices ?? []).filter((name) => !services.some((s) => s.name === name));
  if (missing.length > 0) throw new Error(`services not built: ${missing.join(', ')} (build first: npx nx run-many -t build)`);

  const dataDir = mkdtempSync(join(tmpdir(), 'jejak-system-'));
  const pgPort = await freePort();
  const issuerPort = await freePort();
  const ports: Record<string, number> = {};
  for (const service of services) ports[service.name] = await freePort();

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    JEJAK_DATA_DIR: dataDir,
    JEJAK_PG_PORT: String(pgPort),
    ISSUER_PORT: String(issuerPort),
    LOG_LEVEL: 'info',
    EVENT_STORE: 'postgres',
    EVENT_TRANSPORT: 'postgres',
    ...options.env,
  };
  delete env.DATABASE_URL;
  delete env.JWT_JWKS_URL;
  delete env.JWT_ISSUER;
  for (const service of services) env[envPortName(service.name)] = String(ports[service.name]);

  // Platforms share Kafka's topic and group names: one at a time per broker, until the launcher exited.
  const kafkaLock = env.EVENT_TRANSPORT === 'kafka' ? await lockKafkaPlatform(env.KAFKA_BROKERS ?? '') : undefined;
  const output = new OutputTail(200_000);
  const child = spawn(process.execPath, [launcherEntry], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.once('exit', () => kafkaLock?.release());
  child.once('error', () => kafkaLock?.release());
  child.stdout!.on('data', (chunk: Buffer) => output.append(chunk));
  child.stderr!.on('data', (chunk: Buffer) => output.append(chunk));

  const platform: RunningPlatform = {
    issuerUrl: `http://127.0.0.1:${issuerPort}`,
    pgPort,
    services,
    ports,
    url: (service) => {
      const port = ports[service];
      if (port === undefined) throw new Error(`service ${service} is not running (built: ${services.map((s) => s.name).join(', ')})`);
      return `http://127.0.0.1:${port}`;
    },
    output: () => output.toString(),
    stop: async (timeoutMs = 60_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGINT');
      return waitForExit(child, timeoutMs);
    },
    abort: async () => {
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      child.kill('SIGINT');
      try {
        await waitForExit(child, 45_000);
      } catch {
        for (const pid of [...descendantsOf(child.pid), child.pid]) {
          try {
            process.kill(pid, 'SIGKILL');
          } catch {
            // already gone
          }
        }
        await waitForExit(child, 10_000).catch(() => undefined);
      }
    },
    dispose: () => rmSync(dataDir, { recursive: true, force: true }),
  };

  try {
    const ready = new Set<string>();
    await eventually(
      'every service to answer /health/ready',
      async () => {
        if (child.exitCode !== null) throw new Error(`launcher exited with code ${child.exitCode}`);
        for (const service of services) {
          if (ready.has(service.name)) continue;
          const response = await fetch(`${platform.url(service.name)}/health/ready`).catch(() => undefined);
          if (response?.status === 200) ready.add(service.name);
        }
        return ready.size === services.length ? true : undefined;
      },
      {
        timeoutMs: options.readyTimeoutMs ?? 120_000,
        intervalMs: 500,
        describe: () => `not ready: ${services.map((s) => s.name).filter((n) => !ready.has(n)).join(', ')}\n${output.toString().slice(-20_000)}`,
      },
    );
  } catch (error) {
    await platform.abort();
    platform.dispose();
    throw error;
  }
  return platform;
}

/** A demo user as the local issuer lists it (`GET /users`) and returns it with a token. */
export interface DemoUserView {
  username: string;
  userId: string;
  name: string;
  nip: string;
  roles: string[];
  jabatan: string;
  tenant: string;
}

export async function demoUsers(issuerUrl: string): Promise<DemoUserView[]> {
  const response = await fetch(`${issuerUrl}/users`);
  if (response.status !== 200) throw new Error(`GET ${issuerUrl}/users: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { users: DemoUserView[] }).users;
}

export interface DemoSession {
  token: string;
  user: DemoUserView;
}

export async function tokenFor(issuerUrl: string, username: string): Promise<DemoSession> {
  const response = await fetch(`${issuerUrl}/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username }) });
  const text = await response.text();
  if (response.status !== 200) throw new Error(`POST ${issuerUrl}/token ${username}: ${response.status} ${text}`);
  const body = JSON.parse(text) as { access_token: string; user: DemoUserView };
  return { token: body.access_token, user: body.user };
}

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  etag: string | null;
  body: T;
  text: string;
}

export interface ApiRequest {
  /** Bearer token. */
  as?: DemoSession;
  /** JSON body, or a FormData (multipart). */
  body?: unknown;
  ifMatch?: string | null;
  query?: Record<string, string | number>;
  /** Expected status; the error names the method, path, status and answer otherwise. */
  expect?: number;
}

/** A JSON HTTP client of one service that fails with the whole answer (problem details) on an unexpected status. */
export function apiClient(baseUrl: string) {
  return async function call<T = unknown>(method: string, path: string, request: ApiRequest = {}): Promise<ApiResponse<T>> {
    const url = new URL(path, baseUrl);
    for (const [key, value] of Object.entries(request.query ?? {})) url.searchParams.set(key, String(value));
    const headers: Record<string, string> = {};
    if (request.as) headers.authorization = `Bearer ${request.as.token}`;
    if (request.ifMatch) headers['if-match'] = request.ifMatch;
    let body: string | FormData | undefined;
    if (request.body instanceof FormData) body = request.body;
    else if (request.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(request.body);
    }
    const response = await fetch(url, { method, headers, body });
    const text = await response.text();
    let parsed: unknown = text;
    if ((response.headers.get('content-type') ?? '').includes('json') && text !== '') parsed = JSON.parse(text);
    if (request.expect !== undefined && response.status !== request.expect) {
      throw new Error(`${method} ${url.pathname}${url.search} as ${request.as?.user.username ?? 'anonymous'}: expected ${request.expect}, got ${response.status}\n${text.slice(0, 4000)}`);
    }
    return { status: response.status, headers: response.headers, etag: response.headers.get('etag'), body: parsed as T, text };
  };
}

export type ApiCall = ReturnType<typeof apiClient>;

/** The local date (YYYY-MM-DD) at a fixed UTC offset, `days` later: e.g. WIB is +420 minutes. */
export function localDate(utcOffsetMinutes: number, days = 0, at: Date = new Date()): string {
  return new Date(at.getTime() + utcOffsetMinutes * 60_000 + days * 86_400_000).toISOString().slice(0, 10);
}
