/**
 * Event store benchmark on an embedded PostgreSQL. Build, then run:
 *   node libs/event-store/dist/bench/event-store.bench.js      (BENCH_QUICK=1 for a smoke run)
 * Prints the median over several runs of: single-event appends/s (concurrent writers, distinct
 * streams), events/s for 100-event appends, and catch-up events/s of subscribeToAll from START.
 */
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { randomUUID } from 'node:crypto';
import { createPool, startEmbeddedPostgres, type RunningPostgres } from '@jejak/postgres';
import type { Pool } from 'pg';
import { START, type NewEvent } from '../event-store.port';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { median, rate, table } from './bench-stats';

const quick = process.env.BENCH_QUICK === '1';
const config = {
  runs: Number(process.env.BENCH_RUNS ?? (quick ? 2 : 5)),
  singleWriters: 8,
  singleAppendsPerWriter: quick ? 50 : 500,
  batchWriters: 4,
  batchSize: 100,
  batchAppendsPerWriter: quick ? 5 : 50,
  catchUpEvents: quick ? 5_000 : 50_000,
  catchUpBatchSize: 500,
};

function repoRoot(): string {
  for (let dir = __dirname; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'nx.json'))) return dir;
  }
  return resolve(__dirname, '../../../..');
}

const metadata = { tenant: '35.01', actor: { userId: 'bench-user', role: 'staf', name: 'Bench' }, correlationId: randomUUID() };
const newEvent = (n: number): NewEvent => ({
  type: 'SopStepCompleted',
  data: { sopId: 'sop-bench', step: n, pelaksana: 'Kepala Bidang UMKM', catatan: 'Dokumen lengkap, diteruskan ke Sekretaris', waktuMenit: 15 },
  metadata,
});

async function timed(work: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function singleAppends(pool: Pool, schema: string): Promise<number> {
  const store = await PostgresEventStore.create(pool, { schema });
  const ms = await timed(async () => {
    await Promise.all(
      Array.from({ length: config.singleWriters }, async (_, w) => {
        for (let i = 0; i < config.singleAppendsPerWriter; i += 1) {
          await store.append(`single-${w}`, [newEvent(i)], { expectedRevision: i === 0 ? 'no_stream' : i - 1 });
        }
      }),
    );
  });
  return rate(config.singleWriters * config.singleAppendsPerWriter, ms);
}

async function batchAppends(pool: Pool, schema: string): Promise<number> {
  const store = await PostgresEventStore.create(pool, { schema });
  const batch = Array.from({ length: config.batchSize }, (_, n) => newEvent(n));
  const ms = await timed(async () => {
    await Promise.all(
      Array.from({ length: config.batchWriters }, async (_, w) => {
        for (let i = 0; i < config.batchAppendsPerWriter; i += 1) await store.append(`batch-${w}`, batch);
      }),
    );
  });
  return rate(config.batchWriters * config.batchAppendsPerWriter * config.batchSize, ms);
}

async function seedCatchUp(pool: Pool, schema: string): Promise<PostgresEventStore> {
  const store = await PostgresEventStore.create(pool, { schema });
  const batch = Array.from({ length: 500 }, (_, n) => newEvent(n));
  const appends = Math.ceil(config.catchUpEvents / batch.length);
  await Promise.all(
    Array.from({ length: 4 }, async (_, w) => {
      for (let i = w; i < appends; i += 4) await store.append(`catchup-${i % 50}`, batch);
    }),
  );
  return store;
}

async function catchUp(store: PostgresEventStore, expected: number): Promise<number> {
  let delivered = 0;
  const ms = await timed(async () => {
    const subscription = store.subscribeToAll({
      after: START,
      batchSize: config.catchUpBatchSize,
      onEvents: async (events) => {
        delivered += events.length;
      },
    });
    await subscription.caughtUp();
    await subscription.stop();
  });
  if (delivered !== expected) throw new Error(`catch-up delivered ${delivered} events, expected ${expected}`);
  return rate(delivered, ms);
}

async function main(): Promise<void> {
  const dataDir = join(repoRoot(), '.jejak', 'bench-pg');
  let server: RunningPostgres | undefined;
  let pool: Pool | undefined;
  const shutdown = async () => {
    await pool?.end().catch(() => undefined);
    await server?.stop().catch(() => undefined);
  };
  process.once('SIGINT', () => void shutdown().then(() => process.exit(130)));
  try {
    process.stdout.write(`starting embedded PostgreSQL in ${dataDir} ...\n`);
    server = await startEmbeddedPostgres({ dataDir, persistent: false });
    pool = createPool(server.url, { max: 16 });
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

    const catchUpStore = await seedCatchUp(pool, 'bench_catchup_es');
    const seeded = (await catchUpStore.readAll({ after: START })).length;

    const samples = { single: [] as number[], batch: [] as number[], catchUp: [] as number[] };
    for (let run = 0; run < config.runs; run += 1) {
      samples.single.push(await singleAppends(pool, `bench_single_${run}_es`));
      samples.batch.push(await batchAppends(pool, `bench_batch_${run}_es`));
      samples.catchUp.push(await catchUp(catchUpStore, seeded));
      process.stdout.write(
        `run ${run + 1}/${config.runs}: single ${samples.single[run].toFixed(0)}/s, batch ${samples.batch[run].toFixed(0)} ev/s, catch-up ${samples.catchUp[run].toFixed(0)} ev/s\n`,
      );
    }

    const results = {
      singleEventAppendsPerSecond: Math.round(median(samples.single)),
      batchedEventsPerSecond: Math.round(median(samples.batch)),
      catchUpEventsPerSecond: Math.round(median(samples.catchUp)),
    };
    process.stdout.write(
      '\n' +
        table(
          ['measure', 'workload', `median of ${config.runs}`, 'min', 'max'],
          [
            [
              'single-event appends',
              `${config.singleWriters} writers x ${config.singleAppendsPerWriter}, distinct streams, exact revision`,
              `${results.singleEventAppendsPerSecond} appends/s`,
              Math.min(...samples.single).toFixed(0),
              Math.max(...samples.single).toFixed(0),
            ],
            [
              '100-event appends',
              `${config.batchWriters} writers x ${config.batchAppendsPerWriter} appends of ${config.batchSize}`,
              `${results.batchedEventsPerSecond} events/s`,
              Math.min(...samples.batch).toFixed(0),
              Math.max(...samples.batch).toFixed(0),
            ],
            [
              'catch-up subscription',
              `subscribeToAll from START over ${seeded} events, batch ${config.catchUpBatchSize}`,
              `${results.catchUpEventsPerSecond} events/s`,
              Math.min(...samples.catchUp).toFixed(0),
              Math.max(...samples.catchUp).toFixed(0),
            ],
          ],
          2,
        ) +
        '\n\n',
    );
    process.stdout.write(`${JSON.stringify({ benchmark: 'event-store', quick, machine, config, results, samples })}\n`);
  } finally {
    await shutdown();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
