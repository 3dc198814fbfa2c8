/**
 * SOP importer benchmark: `npm run bench -- sop-import` (or, after a build,
 * `node libs/sop-import/dist/bench/sop-import.bench.js`; BENCH_RUNS sets the runs, BENCH_QUICK=1 stops at 1 MB).
 * Prints the median import time of a real book (the Pacitan seed) repeated to 200 KB, 1 MB and 5 MB,
 * on the calling thread and through `importBookInWorker`, and the throughput.
 */
import { readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { importSopBook } from '../sop-book.importer';
import { importBookInWorker } from '../worker/import-in-worker';
import { bookFromSeed } from './large-book';

const quick = process.env.BENCH_QUICK === '1';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const sizes = quick ? [200_000, 1_000_000] : [200_000, 1_000_000, 5_000_000];
const seedsDir = process.env.JEJAK_SEEDS_DIR ?? resolve(__dirname, '../../../../docs/seeds');

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

async function timed(work: () => unknown): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

async function main(): Promise<void> {
  const seed = readFileSync(join(seedsDir, 'pacitan-sop-dinkop-um-perindustrian-2023.txt'), 'utf8');
  process.stdout.write(`sop-import benchmark: ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB, median of ${runs} runs\n\n`);
  const rows: string[][] = [];
  for (const size of sizes) {
    const text = bookFromSeed(seed, size);
    const inline: number[] = [];
    const worker: number[] = [];
    let sops = 0;
    for (let run = 0; run < runs; run += 1) {
      inline.push(await timed(() => (sops = importSopBook(text).sops.length)));
      worker.push(await timed(() => importBookInWorker(text, {}, { timeoutMs: 120_000, maxBytes: 8 * 1024 * 1024 })));
    }
    const ms = median(inline);
    rows.push([`${(size / 1000).toLocaleString('en')} KB`, String(sops), ms.toFixed(0), median(worker).toFixed(0), ((size / 2 ** 20) / (ms / 1000)).toFixed(2)]);
  }
  const headers = ['book', 'SOPs', 'inline ms', 'worker ms', 'MiB/s'];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  process.stdout.write([line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n') + '\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
