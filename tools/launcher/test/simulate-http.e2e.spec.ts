/**
 * System test: `npm run simulate -- --target http` against the REAL platform `npm start` runs (the built launcher,
 * embedded PostgreSQL, local issuer, every built service), started with `LOG_FORMAT=pretty`.
 *
 * The simulator (built: services/compliance/dist/bench-build/bench/simulate/simulate.main.js) is given the platform's
 * ports as flags and a small count; afterwards everything it reports is readable through the API: the SOPs effective
 * in compliance's registry, each live case with the status it was left in, each paper-history case, and the figures
 * of each SOP. The launcher's own log lines are human-readable (LOG_FORMAT=pretty) and its ready line names every
 * service.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { apiClient, eventually, repositoryRoot, startPlatform, tokenFor, type RunningPlatform } from './system-platform';

jest.setTimeout(300_000);

const SIMULATOR = join(repositoryRoot, 'services/compliance/dist/bench-build/bench/simulate/simulate.main.js');

interface SimulatorResult {
  sops: Array<{ sopId: string; nomor: string; nama: string }>;
  liveCases: Array<{ caseId: string; sopId: string; reference: string; status: 'completed' | 'open' | 'cancelled'; steps: number; reworkLoops: number }>;
  history: { references: string[]; cases: number; steps: number };
  cutShort: boolean;
}

function runSimulator(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [SIMULATOR, ...args], { cwd: repositoryRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the simulator did not finish in time\n${stdout}\n${stderr}`));
    }, 180_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

describe('npm run simulate -- --target http, against a started platform', () => {
  let platform: RunningPlatform | undefined;

  beforeAll(async () => {
    expect(existsSync(SIMULATOR)).toBe(true);
    platform = await startPlatform({ env: { LOG_FORMAT: 'pretty' }, requiredServices: ['sop-catalogue', 'compliance'] });
  });

  afterAll(async () => {
    await platform?.abort();
    platform?.dispose();
  });

  it('refuses a service URL that is not on 127.0.0.1, before sending anything', async () => {
    const run = await runSimulator(['--target', 'http', '--compliance-url', 'http://192.0.2.10:3102']);
    expect(run.code).not.toBe(0);
    expect(run.stderr).toContain('--compliance-url must be on 127.0.0.1');
  });

  it('creates and approves SOPs, runs live cases and imports paper history; all of it is readable through the API', async () => {
    const p = platform!;
    const run = await runSimulator([
      '--target', 'http', '--json', '--seed', 'e2e', '--tenant', '35',
      '--issuer-port', String(new URL(p.issuerUrl).port),
      '--sop-catalogue-port', String(p.ports['sop-catalogue']),
      '--compliance-port', String(p.ports['compliance']),
      '--sops', '2', '--cases', '4', '--history-cases', '4', '--step-ms', '10', '--max-seconds', '150',
    ]);
    if (run.code !== 0) throw new Error(`simulator exited with ${run.code}\n${run.stdout}\n${run.stderr}\n${p.output().slice(-5_000)}`);
    const result = JSON.parse(run.stdout.trim().split('\n').pop()!) as SimulatorResult;
    expect(result.cutShort).toBe(false);
    expect(result.sops).toHaveLength(2);
    expect(result.liveCases).toHaveLength(4);
    expect(result.history.cases).toBe(4);

    const kasi = await tokenFor(p.issuerUrl, 'kasi-35');
    const compliance = apiClient(p.url('compliance'));
    const catalogue = apiClient(p.url('sop-catalogue'));

    for (const sop of result.sops) {
      const view = await catalogue('GET', `/sops/${sop.sopId}`, { as: kasi, expect: 200 });
      expect(JSON.stringify(view.body)).toContain(sop.nomor);
    }
    const registry = await compliance('GET', '/sop-registry', { as: kasi, expect: 200 });
    for (const sop of result.sops) {
      expect((registry.body as Array<{ sopId: string; status: string }>).find((s) => s.sopId === sop.sopId)?.status).toBe('effective');
    }

    // Each live case as the simulator left it (the read model follows the log: wait for it).
    for (const live of result.liveCases) {
      await eventually(`case ${live.reference} ${live.status}`, async () => {
        const view = await compliance('GET', `/cases/${live.caseId}`, { as: kasi });
        const body = view.body as { status?: string; reference?: string; reworkLoops?: number };
        return view.status === 200 && body.status === live.status ? body : undefined;
      }).then((body) => {
        expect(body.reference).toBe(live.reference);
        expect(body.reworkLoops).toBe(live.reworkLoops);
      });
    }

    // The paper history: every reference became a historical case of one of the SOPs.
    const listed = await eventually('the simulated cases in GET /cases', async () => {
      const all: Array<{ reference: string | null; origin: string; sopId: string; status: string }> = [];
      for (const sop of result.sops) {
        const page = await compliance('GET', `/cases?sopId=${sop.sopId}&limit=200`, { as: kasi, expect: 200 });
        all.push(...(page.body as typeof all));
      }
      return all.length === result.liveCases.length + result.history.cases ? all : undefined;
    });
    const historical = listed.filter((c) => c.origin === 'historical').map((c) => c.reference).sort();
    expect(historical).toEqual([...result.history.references].sort());
    expect(listed.filter((c) => c.origin === 'live').map((c) => c.reference).sort()).toEqual(result.liveCases.map((c) => c.reference).sort());

    // The figures of each SOP count its cases.
    for (const sop of result.sops) {
      const summary = await compliance('GET', `/compliance/summary?sopId=${sop.sopId}`, { as: kasi, expect: 200 });
      const figures = (summary.body as { figures: { cases: { started: number; completed: number; cancelled: number; open: number } } }).figures;
      const mine = listed.filter((c) => c.sopId === sop.sopId);
      expect(figures.cases.started).toBe(mine.length);
      expect(figures.cases.completed).toBe(mine.filter((c) => c.status === 'completed').length);
      expect(figures.cases.cancelled).toBe(mine.filter((c) => c.status === 'cancelled').length);
    }
  });

  it('logs for a person with LOG_FORMAT=pretty, and prints the ready line naming every service', () => {
    const p = platform!;
    const lines = p.output().split('\n');
    const launcherLines = lines.filter((l) => l.includes('(launcher)'));
    expect(launcherLines.some((l) => /INFO.*\(launcher\): embedded PostgreSQL listening on 127\.0\.0\.1:/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith('{') && l.includes('"name":"launcher"'))).toBe(false);
    const ready = lines.find((l) => l.startsWith('Jejak is ready:'));
    expect(ready).toBeDefined();
    for (const service of p.services) expect(ready).toContain(`${service.name} ${p.url(service.name)} (docs ${p.url(service.name)}/docs)`);
    expect(ready).toContain(`curl -s -X POST ${p.issuerUrl}/token`);
  });
});
