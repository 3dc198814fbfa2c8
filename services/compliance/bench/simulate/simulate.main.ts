/**
 * `npm run simulate` (after the build). Two targets:
 *
 * `--target database` (the default): a year of SOP cases in three dinas, written to compliance's event store.
 *
 *   node services/compliance/dist/bench-build/bench/simulate/simulate.main.js [--seed 42] [--year 2025] [--scale 1]
 *        [--seeds docs/seeds] [--reset] [--project] [--keep-running] [--pg-port N]
 *
 * DATABASE_URL: compliance's database (events go to schema `compliance_es`). Without it an embedded PostgreSQL is
 * started with its data under `.jejak/simulate-pg` (kept between runs; each run replaces the previous simulation),
 * on `--pg-port` or `SIMULATE_PG_PORT` (unset or 0: a free port).
 * With DATABASE_URL the store must be empty, or `--reset` drops `compliance_es` first.
 * `--project` then rebuilds the compliance read models over the simulated log and reports events per second.
 *
 * `--target http`: drives the running platform (`npm start`) through its HTTP API (see http-target.ts), on
 * 127.0.0.1 only: [--tenant 35] [--sops 2] [--cases 6] [--history-cases 20] [--step-ms 300] [--max-seconds 300]
 * [--issuer-url|--issuer-port] [--sop-catalogue-url|--sop-catalogue-port] [--compliance-url|--compliance-port] [--json];
 * the ports default to ISSUER_PORT, SOP_CATALOGUE_PORT, COMPLIANCE_PORT, else the launcher's (3100, services.json).
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PostgresEventStore } from '@jejak/event-store';
import { createPool, startEmbeddedPostgres, withDatabase, type RunningPostgres } from '@jejak/postgres';
import { ProjectionRunner } from '@jejak/projections';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { complianceProjection } from '../../src/workers/compliance.projection';
import { COMPLIANCE_EVENT_SCHEMA, countStoredEvents, dropEventStore, writeSimulation } from './simulation-writer';
import { prepareSimulation, repoRoot } from './simulation.setup';
import { runHttpTarget, type HttpTargetOptions } from './http-target';
import { loopbackUrl, pgPortFrom, portOption } from './ports';

const SIMULATION_DATABASE = 'jejak_compliance_simulation';

interface Options {
  target: 'database' | 'http';
  pgPort: number;
  http?: Omit<HttpTargetOptions, 'log' | 'now'> & { json: boolean };
  seed: string;
  year: number;
  scale: number;
  seeds?: string;
  reset: boolean;
  project: boolean;
  keepRunning: boolean;
}

function options(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      seed: { type: 'string', default: '42' },
      year: { type: 'string', default: '2025' },
      scale: { type: 'string', default: '1' },
      seeds: { type: 'string' },
      reset: { type: 'boolean', default: false },
      project: { type: 'boolean', default: false },
      'keep-running': { type: 'boolean', default: false },
      'pg-port': { type: 'string' },
      target: { type: 'string', default: 'database' },
      tenant: { type: 'string', default: '35' },
      sops: { type: 'string', default: '2' },
      cases: { type: 'string', default: '6' },
      'history-cases': { type: 'string', default: '20' },
      'step-ms': { type: 'string', default: '300' },
      'max-seconds': { type: 'string', default: '300' },
      'issuer-url': { type: 'string' },
      'issuer-port': { type: 'string' },
      'sop-catalogue-url': { type: 'string' },
      'sop-catalogue-port': { type: 'string' },
      'compliance-url': { type: 'string' },
      'compliance-port': { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(
      'usage: simulate.main.js [--target database] [--seed S] [--year YYYY] [--scale X] [--seeds DIR] [--reset] [--project] [--keep-running] [--pg-port N]\n' +
        '       simulate.main.js --target http [--tenant 35] [--sops 2] [--cases 6] [--history-cases 20] [--step-ms 300] [--max-seconds 300] [--seed S] [--json]\n' +
        '            [--issuer-url URL | --issuer-port N] [--sop-catalogue-url URL | --sop-catalogue-port N] [--compliance-url URL | --compliance-port N]\n' +
        'database: a year of cases written to compliance\'s event store (DATABASE_URL, else an embedded PostgreSQL on --pg-port / SIMULATE_PG_PORT).\n' +
        'http: SOPs, approvals, live cases and paper history through the running platform\'s API (npm start), 127.0.0.1 only;\n' +
        '      ports default to ISSUER_PORT, SOP_CATALOGUE_PORT, COMPLIANCE_PORT, else 3100 and services.json.\n',
    );
    process.exit(0);
  }
  if (values.target !== 'database' && values.target !== 'http') throw new Error(`--target must be "database" or "http", got ${values.target}`);
  const year = Number(values.year);
  const scale = Number(values.scale);
  if (!Number.isInteger(year) || year < 2024 || year > 2026) throw new Error(`--year must be 2024..2026 (the years the default holiday data covers), got ${values.year}`);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`--scale must be a number > 0, got ${values.scale}`);
  const pgPort = pgPortFrom(values['pg-port'], process.env, 'SIMULATE_PG_PORT');
  const http =
    values.target === 'http'
      ? {
          issuerUrl: serviceUrl(values['issuer-url'], values['issuer-port'], 'ISSUER_PORT', 3100, 'issuer'),
          catalogueUrl: serviceUrl(values['sop-catalogue-url'], values['sop-catalogue-port'], 'SOP_CATALOGUE_PORT', registryPort('sop-catalogue'), 'sop-catalogue'),
          complianceUrl: serviceUrl(values['compliance-url'], values['compliance-port'], 'COMPLIANCE_PORT', registryPort('compliance'), 'compliance'),
          tenant: String(values.tenant),
          sops: count(values.sops, '--sops', 1, 3),
          liveCases: count(values.cases, '--cases', 0, 500),
          historyCases: count(values['history-cases'], '--history-cases', 0, 2000),
          stepMs: count(values['step-ms'], '--step-ms', 0, 60_000),
          maxSeconds: count(values['max-seconds'], '--max-seconds', 1, 3600),
          seed: String(values.seed),
          json: Boolean(values.json),
        }
      : undefined;
  return {
    target: values.target,
    pgPort,
    http,
    seed: String(values.seed),
    year,
    scale,
    seeds: values.seeds,
    reset: Boolean(values.reset),
    project: Boolean(values.project),
    keepRunning: Boolean(values['keep-running']),
  };
}

function count(value: string | undefined, what: string, min: number, max: number): number {
  const n = /^\d+$/.test(value ?? '') ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) throw new Error(`${what} must be a whole number ${min}..${max}, got ${value}`);
  return n;
}

/** A service's default port from services.json (the launcher's). */
function registryPort(service: string): number {
  const registry = JSON.parse(readFileSync(join(repoRoot(), 'services.json'), 'utf8')) as { services: Array<{ name: string; port: number }> };
  const entry = registry.services.find((s) => s.name === service);
  if (!entry) throw new Error(`${service} is not registered in services.json`);
  return entry.port;
}

/** `--<name>-url`, else `--<name>-port`, else the launcher's variable, else its default; always 127.0.0.1. */
function serviceUrl(url: string | undefined, port: string | undefined, variable: string, fallback: number, what: string): string {
  if (url !== undefined) return loopbackUrl(url, `--${what}-url`);
  if (port !== undefined) return loopbackUrl(String(portOption(port, `--${what}-port`)), `--${what}-port`);
  const fromEnv = process.env[variable];
  return loopbackUrl(fromEnv !== undefined && fromEnv !== '' ? String(portOption(fromEnv, variable)) : String(fallback), variable);
}

const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
const pad = (text: string | number, width: number, right = false) => (right ? String(text).padStart(width) : String(text).padEnd(width));

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const admin = createPool(adminUrl, { max: 1 });
  try {
    const { rows } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rows.length === 0) await admin.query(`CREATE DATABASE "${name}"`);
  } finally {
    await admin.end();
  }
}

async function project(url: string): Promise<void> {
  const pool = createPool(url, { max: 4 });
  const dataSource = await new DataSource({ type: 'postgres', url, extra: { max: 4 } }).initialize();
  const store = new PostgresEventStore(pool, COMPLIANCE_EVENT_SCHEMA);
  try {
    const runner = new ProjectionRunner({ store, dataSource, projection: complianceProjection });
    const result = await runner.rebuild();
    process.stdout.write(`projection "${complianceProjection.name}": ${result.processed} events in ${result.seconds.toFixed(1)} s (${result.eventsPerSecond} events/s)\n`);
  } finally {
    await store.close();
    await dataSource.destroy();
    await pool.end();
  }
}

async function simulateOverHttp(http: NonNullable<Options['http']>): Promise<void> {
  process.stdout.write(`driving the platform at ${http.catalogueUrl} (sop-catalogue), ${http.complianceUrl} (compliance), tokens from ${http.issuerUrl}, dinas ${http.tenant} ...\n`);
  const result = await runHttpTarget({ ...http, log: (line) => process.stdout.write(`  ${line}\n`) });
  const byStatus = (status: string) => result.liveCases.filter((c) => c.status === status).length;
  process.stdout.write(
    `\n${result.sops.length} SOPs approved and effective; ${result.liveCases.length} live cases (${byStatus('completed')} completed, ${byStatus('open')} open, ${byStatus('cancelled')} cancelled); ` +
      `${result.history.cases} cases of paper history (${result.history.steps} steps); took ${result.seconds.toFixed(1)} s` +
      `${result.cutShort ? ` (stopped at --max-seconds ${http.maxSeconds})` : ''}\n` +
      `see them: GET ${http.complianceUrl}/cases, ${http.complianceUrl}/compliance/summary?groupBy=sop\n`,
  );
  if (http.json) process.stdout.write(`${JSON.stringify(result)}\n`);
}

async function main(): Promise<void> {
  const opts = options(process.argv.slice(2));
  if (opts.target === 'http') return simulateOverHttp(opts.http!);
  const started = Date.now();
  process.stdout.write(`simulating ${opts.year} with seed ${opts.seed}, scale ${opts.scale} ...\n`);
  const prepared = prepareSimulation({ seed: opts.seed, year: opts.year, scale: opts.scale, seedsDir: opts.seeds });
  const { simulation } = prepared;
  process.stdout.write(
    `  ${prepared.sops.length} SOPs from ${prepared.seedsDir}` +
      (prepared.skipped.length ? ` (${prepared.skipped.length} skipped: ${prepared.skipped.map((s) => `${s.nama}: ${s.reason}`).join('; ')})` : '') +
      `\n  generated ${simulation.events} events in ${prepared.generateSeconds.toFixed(1)} s\n`,
  );

  let server: RunningPostgres | undefined;
  let pool: Pool | undefined;
  let url = process.env.DATABASE_URL;
  const embedded = !url;
  try {
    if (!url) {
      const dataDir = join(repoRoot(), '.jejak', 'simulate-pg');
      process.stdout.write(`starting embedded PostgreSQL in ${dataDir} ...\n`);
      server = await startEmbeddedPostgres({ dataDir, persistent: true, port: opts.pgPort });
      await ensureDatabase(server.url, SIMULATION_DATABASE);
      url = withDatabase(server.url, SIMULATION_DATABASE);
    }
    pool = createPool(url, { max: 4 });
    const existing = await countStoredEvents(pool);
    if (existing > 0) {
      if (!embedded && !opts.reset) throw new Error(`compliance_es already holds ${existing} events at ${redact(url)}: pass --reset to drop them first`);
      process.stdout.write(`dropping the previous ${existing} events (compliance_es) and read models (compliance_rm)\n`);
      await dropEventStore(pool);
      await pool.query('DROP SCHEMA IF EXISTS compliance_rm CASCADE');
    }
    let lastShown = 0;
    const written = await writeSimulation(pool, simulation.appends, {
      onProgress: (done, total) => {
        if (done - lastShown >= total / 10 || done === total) {
          lastShown = done;
          process.stdout.write(`  written ${done}/${total} appends\n`);
        }
      },
    });
    process.stdout.write(`  appended ${written.events} events in ${written.seconds.toFixed(1)} s (${Math.round(written.events / Math.max(written.seconds, 0.001))} events/s)\n`);
    if (opts.project) await project(url);

    const rows = simulation.dinas.map((d) => [d.tenant, d.nama, d.sops, d.cases, d.completed, d.cancelled, d.open, d.historical, d.events]);
    const total = simulation.dinas.reduce((t, d) => ({ sops: t.sops + d.sops, cases: t.cases + d.cases, completed: t.completed + d.completed, cancelled: t.cancelled + d.cancelled, open: t.open + d.open, historical: t.historical + d.historical, events: t.events + d.events }), {
      sops: 0, cases: 0, completed: 0, cancelled: 0, open: 0, historical: 0, events: 0,
    });
    const header = ['dinas', 'nama', 'SOPs', 'cases', 'done', 'cancelled', 'open', 'from paper', 'events'];
    const widths = [6, 66, 5, 6, 6, 9, 5, 10, 7];
    const line = (cells: Array<string | number>) => cells.map((c, i) => pad(c, widths[i], i >= 2)).join('  ');
    process.stdout.write(
      `\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}\n${rows.map(line).join('\n')}\n` +
        `${line(['all', '', total.sops, total.cases, total.completed, total.cancelled, total.open, total.historical, total.events])}\n\n` +
        `${simulation.events} events (${simulation.appends.length} appends) in ${redact(url)} schema compliance_es; ` +
        `cases ${opts.year}, as of ${simulation.asOf}; took ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    );
    if (embedded && opts.keepRunning) {
      process.stdout.write(`embedded PostgreSQL keeps running at ${redact(url)} (user postgres, password postgres); Ctrl-C to stop\n`);
      await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
    }
  } finally {
    await pool?.end().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  }
}

main().catch((error: unknown) => {
  // A wrong option is said as is; anything else with its stack.
  const usage = error instanceof Error && /^(--|SIMULATE_PG_PORT|ISSUER_PORT|SOP_CATALOGUE_PORT|COMPLIANCE_PORT)/.test(error.message);
  process.stderr.write(`simulation failed: ${error instanceof Error ? (usage ? error.message : (error.stack ?? error.message)) : String(error)}\n`);
  process.exitCode = 1;
});
