/**
 * Compliance benchmark on an embedded PostgreSQL. `npm run bench -- compliance` builds, then runs:
 *   node services/compliance/dist/bench/compliance.bench.js        (BENCH_QUICK=1: smaller data; BENCH_RUNS=n;
 *                                                                   BENCH_PG_PORT: the embedded PostgreSQL's port, unset or 0 a free one)
 *
 * It simulates a year of cases in the three dinas over the seed SOPs (`simulate/`), appends it to compliance's
 * event store, then measures over several runs and prints the MEDIAN of:
 * - projection throughput: `ProjectionRunner.rebuild()` of the compliance projection over the whole log, events/s;
 * - producing the reports: the figures (every case folded and measured against its SOP and its dinas's calendar, then
 *   aggregated per SOP version) and the monitoring and evaluation forms of every SOP rendered in each format
 *   (JSON, CSV, XLSX, PDF), milliseconds per document;
 * - reading the case list (`GET /cases`'s query handler on the projected read model): every page of 100 walked with
 *   the keyset cursor as the viewer of province 35 (Jawa Timur and Pacitan), p50/p99 milliseconds per page.
 * Prints the machine's size, the PostgreSQL version, a table, and one final JSON line.
 */
import 'reflect-metadata';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { SopContent } from '@jejak/contracts';
import { PostgresEventStore, type RecordedEvent } from '@jejak/event-store';
import { HtmlPdfRenderer } from '@jejak/pdf';
import { createPool, startEmbeddedPostgres, withDatabase, type RunningPostgres } from '@jejak/postgres';
import { ProjectionRunner } from '@jejak/projections';
import type { DinasCalendar } from '@jejak/working-time';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { demoAuthenticatedUser } from '@jejak/nest-platform';
import { ListCasesHandler, type CasePage } from '../src/cases/queries/list-cases/list-cases.handler';
import { ListCasesQuery } from '../src/cases/queries/list-cases/list-cases.query';
import { COMPLIANCE_READ_SCHEMA, complianceProjection } from '../src/workers/compliance.projection';
import {
  aggregateCases,
  buildEvaluationForm,
  buildMonitoringForm,
  caseFactsFrom,
  measureCase,
  type CaseEvent,
  type CaseMeasurement,
  type CaseStarted,
  type EvaluationForm,
  type MonitoringForm,
} from '../src/domain';
import { penandatanganFromPengesah, renderReport, type ReportFormat, type ReportPrintInfo } from '../src/reports/rendering';
import { SIMULATION_DINAS } from './simulate/simulation.config';
import { COMPLIANCE_EVENT_SCHEMA, writeSimulation } from './simulate/simulation-writer';
import { prepareSimulation, repoRoot } from './simulate/simulation.setup';
import { pgPortFrom } from './simulate/ports';

const quick = process.env.BENCH_QUICK === '1';
const config = {
  runs: Number(process.env.BENCH_RUNS ?? (quick ? 2 : 5)),
  seed: 'bench',
  year: 2025,
  /** Cases per month multiplier: 1 is the simulated dinas's own volume. */
  scale: Number(process.env.BENCH_SCALE ?? (quick ? 0.3 : 1)),
  formats: ['json', 'csv', 'xlsx', 'pdf'] as ReportFormat[],
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function table(headers: string[], rows: string[][], textColumns = 1): string {
  const widths = headers.map((header, i) => Math.max(header.length, ...rows.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i < textColumns ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

interface Forms {
  monitoring: Array<{ form: MonitoringForm; print: ReportPrintInfo }>;
  evaluation: Array<{ form: EvaluationForm; print: ReportPrintInfo }>;
}

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
};

/** Walks every page of the case list (100 per page) as the province's viewer; milliseconds per page, and the cases seen. */
async function walkCaseList(handler: ListCasesHandler, username = 'provinsi-35'): Promise<{ pageMs: number[]; cases: number }> {
  const user = demoAuthenticatedUser(username);
  const pageMs: number[] = [];
  let cursor: string | undefined;
  let cases = 0;
  do {
    const started = performance.now();
    const page: CasePage = await handler.execute(new ListCasesQuery(user, { limit: 100, ...(cursor ? { cursor } : {}) }));
    pageMs.push(performance.now() - started);
    cases += page.items.length;
    cursor = page.next ?? undefined;
  } while (cursor !== undefined);
  return { pageMs, cases };
}

/** Reads the log and computes the forms of every SOP version for the year: the report pipeline's data part. */
async function computeForms(store: PostgresEventStore, calendars: Map<string, DinasCalendar>): Promise<{ forms: Forms; cases: number }> {
  const byStream = new Map<string, { tenant: string; events: CaseEvent[] }>();
  const contents = new Map<string, { tenant: string; content: SopContent; sopId: string; version: number }>();
  for (let after: RecordedEvent['position'] | undefined; ; ) {
    const batch = await store.readAll({ after, maxCount: 5000 });
    if (batch.length === 0) break;
    for (const e of batch) {
      if (!e.stream.startsWith('case-')) continue;
      const entry = byStream.get(e.stream) ?? { tenant: e.tenant, events: [] };
      byStream.set(e.stream, entry);
      entry.events.push({ type: e.type, data: e.data } as CaseEvent);
    }
    after = batch[batch.length - 1].position;
  }
  const measurements = new Map<string, CaseMeasurement[]>();
  for (const { tenant, events } of byStream.values()) {
    const started = events[0] as CaseStarted;
    const key = `${started.data.sopId}@${started.data.version}`;
    contents.set(key, { tenant, content: started.data.content, sopId: started.data.sopId, version: started.data.version });
    const m = measureCase({ facts: caseFactsFrom(events), content: started.data.content, calendar: calendars.get(tenant) as DinasCalendar });
    measurements.set(key, [...(measurements.get(key) ?? []), m]);
  }
  const periode = { dari: `${config.year}-01-01`, sampai: `${config.year}-12-31` };
  const forms: Forms = { monitoring: [], evaluation: [] };
  for (const [key, { tenant, content, sopId, version }] of [...contents.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const calendar = calendars.get(tenant) as DinasCalendar;
    const figures = aggregateCases(measurements.get(key) ?? [], calendar, `${config.year + 1}-01-01T00:00:00+07:00`);
    const dinas = SIMULATION_DINAS.find((d) => d.tenant === tenant);
    const pengesah = content.identity.disahkanOleh;
    const print: ReportPrintInfo = {
      tempat: dinas?.tempat ?? '',
      tanggal: `${config.year + 1}-01-05`,
      mengetahui: pengesah ? penandatanganFromPengesah(pengesah) : { jabatan: `Kepala ${dinas?.nama ?? 'Dinas'}`, nama: '', nip: null },
    };
    const sop = { sopId, version, content };
    forms.monitoring.push({ form: buildMonitoringForm({ sop, periode, steps: figures.steps }), print });
    forms.evaluation.push({ form: buildEvaluationForm({ sop, periode, figures }), print });
  }
  return { forms, cases: byStream.size };
}

async function renderAll(forms: Forms, format: ReportFormat, pdf: HtmlPdfRenderer): Promise<{ documents: number; bytes: number }> {
  let bytes = 0;
  for (const { form, print } of forms.monitoring) bytes += (await renderReport({ kind: 'monitoring', form }, format, print, { pdf })).body.length;
  for (const { form, print } of forms.evaluation) bytes += (await renderReport({ kind: 'evaluation', form }, format, print, { pdf })).body.length;
  return { documents: forms.monitoring.length + forms.evaluation.length, bytes };
}

async function main(): Promise<void> {
  const root = repoRoot(__dirname);
  const dataDir = join(root, '.jejak', 'bench-compliance-pg');
  let server: RunningPostgres | undefined;
  let pool: Pool | undefined;
  let dataSource: DataSource | undefined;
  const pdf = new HtmlPdfRenderer({ maxConcurrentPages: 1 });
  const shutdown = async () => {
    await pdf.close().catch(() => undefined);
    await dataSource?.destroy().catch(() => undefined);
    await pool?.end().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  try {
    process.stdout.write(`simulating ${config.year} (seed ${config.seed}, scale ${config.scale}) ...\n`);
    const prepared = prepareSimulation({ seed: config.seed, year: config.year, scale: config.scale });
    const { simulation } = prepared;
    process.stdout.write(`  ${prepared.sops.length} SOPs, ${simulation.cases.length} cases, ${simulation.events} events in ${prepared.generateSeconds.toFixed(1)} s\n`);

    process.stdout.write(`starting embedded PostgreSQL in ${dataDir} ...\n`);
    server = await startEmbeddedPostgres({ dataDir, persistent: false, port: pgPortFrom(undefined, process.env, 'BENCH_PG_PORT') });
    const admin = createPool(server.url, { max: 1 });
    await admin.query('DROP DATABASE IF EXISTS compliance_bench');
    await admin.query('CREATE DATABASE compliance_bench');
    await admin.end();
    const url = withDatabase(server.url, 'compliance_bench');
    pool = createPool(url, { max: 8 });
    const { rows } = await pool.query<{ server_version: string }>('SHOW server_version');
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
      postgres: rows[0].server_version,
      node: process.version,
    };
    process.stdout.write(
      `machine: ${machine.cpus} CPUs (${machine.cpuModel}), ${machine.memoryGiB} GiB RAM; PostgreSQL ${machine.postgres}; Node ${machine.node}\n` +
        `mode: ${quick ? 'quick' : 'full'}, ${config.runs} runs, median reported\n`,
    );

    const written = await writeSimulation(pool, simulation.appends);
    process.stdout.write(`  appended ${written.events} events in ${written.seconds.toFixed(1)} s\n`);

    const store = new PostgresEventStore(pool, COMPLIANCE_EVENT_SCHEMA);
    dataSource = await new DataSource({ type: 'postgres', url, extra: { max: 4 } }).initialize();
    const runner = new ProjectionRunner({ store, dataSource, projection: complianceProjection });
    const projectedTypes = new Set(complianceProjection.eventTypes ?? []);
    const relevant = simulation.appends.reduce((n, a) => n + a.events.filter((e) => projectedTypes.size === 0 || projectedTypes.has(e.type)).length, 0);
    const calendars = new Map(SIMULATION_DINAS.map((d) => [d.tenant, d.calendar()]));

    // Warm the browser up once: its launch is not part of rendering a report.
    await pdf.render('<p>warm-up</p>');

    const readModel = await new DataSource({ type: 'postgres', url, extra: { max: 2, options: `-c search_path=${COMPLIANCE_READ_SCHEMA}` } }).initialize();
    const caseList = new ListCasesHandler(readModel);
    const listPageMs: number[] = [];
    let listedCases = 0;
    const samples = { projection: [] as number[], figuresMs: [] as number[], formatMs: Object.fromEntries(config.formats.map((f) => [f, [] as number[]])) as Record<ReportFormat, number[]> };
    const bytes: Partial<Record<ReportFormat, number>> = {};
    let documents = 0;
    let cases = 0;
    for (let run = 0; run < config.runs; run += 1) {
      const rebuilt = await runner.rebuild({ batchSize: 1000 });
      samples.projection.push(rebuilt.processed / Math.max(rebuilt.seconds, 0.001));
      const walk = await walkCaseList(caseList);
      listPageMs.push(...walk.pageMs);
      listedCases = walk.cases;
      const figures = await timed(() => computeForms(store, calendars));
      samples.figuresMs.push(figures.ms);
      cases = figures.value.cases;
      const parts: string[] = [];
      for (const format of config.formats) {
        const rendered = await timed(() => renderAll(figures.value.forms, format, pdf));
        documents = rendered.value.documents;
        bytes[format] = rendered.value.bytes;
        samples.formatMs[format].push(rendered.ms / Math.max(documents, 1));
        parts.push(`${format} ${(rendered.ms / Math.max(documents, 1)).toFixed(2)} ms/doc`);
      }
      process.stdout.write(
        `run ${run + 1}/${config.runs}: projection ${samples.projection[run].toFixed(0)} events/s (${rebuilt.processed} events in ${rebuilt.seconds.toFixed(1)} s); ` +
          `figures ${figures.ms.toFixed(0)} ms; ${parts.join(', ')}\n`,
      );
    }
    await store.close();

    // The same walk over a read model of a busy platform: synthetic rows beside the simulated year, spread over the
    // three dinas and two years (the list reads only the table, so the rows need no events behind them).
    const synthetic = quick ? 20_000 : 100_000;
    await readModel.query(
      `INSERT INTO cases (case_id, tenant, sop_id, version, nama, unit, origin, status, started_at, started_date, rework_loops, deviation_count, late_executions, events)
       SELECT 'bench-' || n, (ARRAY['35', '35.01', '61'])[1 + n % 3], 'bench-sop-' || (n % 40), 1, 'SOP uji', 'Sekretariat', 'live',
              (ARRAY['open', 'completed', 'cancelled'])[1 + n % 3], timestamptz '2024-01-01' + n * interval '7 minutes', date '2024-01-01' + (n * 7 / 1440), 0, 0, 0, '[]'::jsonb
         FROM generate_series(1, $1::int) AS n`,
      [synthetic],
    );
    await readModel.query('ANALYZE cases');
    const large = await walkCaseList(caseList);
    const largeOwn = await walkCaseList(caseList, 'kasi-61');
    await readModel.destroy();

    const results = {
      largeOwnCaseListPageMs: { p50: Math.round(percentile(largeOwn.pageMs, 50) * 100) / 100, p99: Math.round(percentile(largeOwn.pageMs, 99) * 100) / 100, pages: largeOwn.pageMs.length, cases: largeOwn.cases },
      largeCaseListPageMs: { p50: Math.round(percentile(large.pageMs, 50) * 100) / 100, p99: Math.round(percentile(large.pageMs, 99) * 100) / 100, pages: large.pageMs.length, cases: large.cases },
      caseListPageMs: { p50: Math.round(percentile(listPageMs, 50) * 100) / 100, p99: Math.round(percentile(listPageMs, 99) * 100) / 100, pages: listPageMs.length },
      projectionEventsPerSecond: Math.round(median(samples.projection)),
      figuresMs: Math.round(median(samples.figuresMs)),
      msPerDocument: Object.fromEntries(config.formats.map((f) => [f, Math.round(median(samples.formatMs[f]) * 100) / 100])) as Record<ReportFormat, number>,
    };
    const minMax = (values: number[], digits = 0) => [Math.min(...values).toFixed(digits), Math.max(...values).toFixed(digits)];
    process.stdout.write(
      '\n' +
        table(
          ['measure', 'workload', `median of ${config.runs}`, 'min', 'max'],
          [
            [
              'projection rebuild',
              `compliance projection over ${simulation.events} events (${relevant} of its types), ${simulation.cases.length} cases`,
              `${results.projectionEventsPerSecond} events/s`,
              ...minMax(samples.projection),
            ],
            [
              'case list page',
              `GET /cases query, 100 per page by cursor, ${listedCases} cases of Jawa Timur and its regency (provincial viewer), ${listPageMs.length} pages`,
              `p50 ${results.caseListPageMs.p50} ms, p99 ${results.caseListPageMs.p99} ms`,
              ...minMax(listPageMs, 2),
            ],
            [
              'case list page, large',
              `the same walk with ${synthetic} more cases in the read model: ${large.cases} cases readable, ${large.pageMs.length} pages`,
              `p50 ${results.largeCaseListPageMs.p50} ms, p99 ${results.largeCaseListPageMs.p99} ms`,
              ...minMax(large.pageMs, 2),
            ],
            [
              'case list page, one dinas',
              `a Kalimantan Barat user walks its own ${largeOwn.cases} cases of that read model, ${largeOwn.pageMs.length} pages`,
              `p50 ${results.largeOwnCaseListPageMs.p50} ms, p99 ${results.largeOwnCaseListPageMs.p99} ms`,
              ...minMax(largeOwn.pageMs, 2),
            ],
            ['report figures', `read log, measure ${cases} cases, aggregate ${documents / 2} SOP versions, build ${documents} forms`, `${results.figuresMs} ms`, ...minMax(samples.figuresMs)],
            ...config.formats.map((format) => [
              `render ${format.toUpperCase()}`,
              `${documents} forms (monitoring + evaluation per SOP), ${Math.round((bytes[format] ?? 0) / Math.max(documents, 1) / 1024)} KiB each`,
              `${results.msPerDocument[format]} ms/doc`,
              ...minMax(samples.formatMs[format], 2),
            ]),
          ],
          2,
        ) +
        '\n\n',
    );
    process.stdout.write(
      `${JSON.stringify({
        benchmark: 'compliance',
        quick,
        machine,
        config: { ...config, sops: prepared.sops.length, cases: simulation.cases.length, events: simulation.events, documents },
        results,
        samples,
      })}\n`,
    );
  } finally {
    await shutdown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
