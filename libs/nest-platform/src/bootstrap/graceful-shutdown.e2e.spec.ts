/**
 * SIGTERM on a real service process while keep-alive clients keep sending: new requests stop at
 * once (503 SERVICE_STOPPING with Connection: close, or the connection is refused/closed), the
 * request in flight finishes with 200, workers stop, and the process exits 0 — the graceful stop
 * has a hard stop at 5 s that exits 1, so exit code 0 says it finished within the budget.
 * Runs the BUILT library (libs/nest-platform/dist, built by `npm test`'s build step).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../../../..');
const dist = join(root, 'libs/nest-platform/dist/index.js');

/** A service with a slow route, a fast route and a worker that logs when it stops. Plain JS: it runs the built library. */
const FIXTURE = `
require('reflect-metadata');
const { Controller, Get, Injectable, Module } = require('@nestjs/common');
const { PlatformModule, Public, bootstrapService, RequestSignal } = require('@jejak/nest-platform');
const { DEFAULT_CLAIMS } = require('@jejak/nest-platform');
class ProbeController {
  async slow() { await new Promise((r) => setTimeout(r, 800)); return { slow: true }; }
  fast(signal) { return { fast: true, signalAborted: signal.aborted }; }
}
const method = (name, decorators) => {
  const d = Object.getOwnPropertyDescriptor(ProbeController.prototype, name);
  Object.defineProperty(ProbeController.prototype, name, Reflect.decorate(decorators, ProbeController.prototype, name, d));
};
method('slow', [Public(), Get('slow')]);
method('fast', [Public(), Get('fast')]);
RequestSignal()(ProbeController.prototype, 'fast', 0);
Controller('probe')(ProbeController);
class Worker { onApplicationShutdown() { process.stdout.write(JSON.stringify({ msg: 'worker stopped' }) + '\\n'); } }
Injectable()(Worker);
class AppModule {}
Module({
  imports: [PlatformModule.forRoot({ serviceName: 'probe', docs: false, logging: { level: 'info' },
    auth: { issuer: 'http://127.0.0.1:9/', jwksUrl: 'http://127.0.0.1:9/jwks', algorithms: ['RS256'], clockToleranceSeconds: 5, claims: DEFAULT_CLAIMS } })],
  controllers: [ProbeController],
  providers: [Worker],
})(AppModule);
bootstrapService({ module: AppModule, serviceName: 'probe', port: 0 }).catch((e) => { console.error(e); process.exit(2); });
`;

interface Outcome {
  sentAt: number;
  status?: number;
  connection?: string;
  code?: string;
  error?: string;
}

function get(agent: Agent, port: number, path: string): Promise<Outcome> {
  const sentAt = Date.now();
  return new Promise((done) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => {
        let code: string | undefined;
        try {
          code = (JSON.parse(body) as { code?: string }).code;
        } catch {
          code = undefined;
        }
        done({ sentAt, status: res.statusCode, connection: res.headers.connection, code });
      });
    });
    req.on('error', (error: NodeJS.ErrnoException) => done({ sentAt, error: error.code ?? error.message }));
    req.end();
  });
}

describe('SIGTERM on a service under keep-alive load', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('refuses new requests at once, finishes the one in flight, stops workers and exits 0', async () => {
    expect(existsSync(dist)).toBe(true);
    child = spawn(process.execPath, ['-e', FIXTURE], { cwd: root, env: { ...process.env, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    let stoppingSeenAt: number | undefined;
    const port = await new Promise<number>((done, fail) => {
      child!.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /probe listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) done(Number(match[1]));
        if (stoppingSeenAt === undefined && output.includes('stopping (SIGTERM)')) stoppingSeenAt = Date.now();
      });
      child!.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child!.once('exit', (code) => fail(new Error(`fixture exited (${code}) before listening:\n${output}`)));
    });
    const exited = new Promise<number | null>((done) => child!.once('exit', (code) => done(code)));
    let running = true;
    void exited.then(() => (running = false));

    const agent = new Agent({ keepAlive: true, maxSockets: 4 });
    const outcomes: Outcome[] = [];
    // Four keep-alive clients that keep sending until the process is gone (bounded: 2,000 requests each).
    const loops = [0, 1, 2, 3].map(async () => {
      for (let n = 0; running && n < 2_000; n += 1) {
        const outcome = await get(agent, port, '/probe/fast');
        outcomes.push(outcome);
        if (outcome.error) await new Promise((r) => setTimeout(r, 5));
      }
    });
    while (outcomes.filter((o) => o.status === 200).length < 50) await new Promise((r) => setTimeout(r, 10));
    const slow = get(new Agent({ keepAlive: true }), port, '/probe/slow');
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGTERM');

    const code = await exited;
    await Promise.all(loops);
    agent.destroy();
    const inFlight = await slow;

    expect({ code, output: code === 0 ? '' : output }).toEqual({ code: 0, output: '' });
    expect(inFlight.status).toBe(200);
    expect(output).toContain('worker stopped');
    expect(stoppingSeenAt).toBeDefined();
    // Fast requests before the signal were served; none sent after the service said it was stopping was.
    expect(outcomes.some((o) => o.status === 200 && o.sentAt < stoppingSeenAt!)).toBe(true);
    const after = outcomes.filter((o) => o.sentAt > stoppingSeenAt!);
    expect(after.length).toBeGreaterThan(0);
    for (const o of after) {
      if (o.status !== undefined) expect({ status: o.status, code: o.code, connection: o.connection }).toEqual({ status: 503, code: 'SERVICE_STOPPING', connection: 'close' });
      else expect(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'socket hang up']).toContain(o.error);
    }
  }, 60_000);
});
