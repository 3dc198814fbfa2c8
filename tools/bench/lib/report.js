'use strict';
/** Printing for the HTTP benchmarks: the machine's size, medians of runs, tables with target and verdict. */
const { availableParallelism, cpus, totalmem } = require('node:os');

const quick = process.env.BENCH_QUICK === '1';

/** Runs, seconds and rates of a benchmark: BENCH_RUNS, BENCH_DURATION_S, BENCH_QUICK=1 for a smoke run. */
function settings({ runs = 3, quickRuns = 1, durationS = 30, quickDurationS = 5 } = {}) {
  return {
    quick,
    runs: Number(process.env.BENCH_RUNS ?? (quick ? quickRuns : runs)),
    durationS: Number(process.env.BENCH_DURATION_S ?? (quick ? quickDurationS : durationS)),
  };
}

function machine() {
  const list = cpus();
  return {
    nproc: typeof availableParallelism === 'function' ? availableParallelism() : list.length,
    cpu: list[0]?.model?.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
  };
}

function printHeader(title, extra = {}) {
  const m = machine();
  process.stdout.write(`\n== ${title} ==\nmachine: nproc ${m.nproc}, memory ${m.memoryGiB} GiB, cpu ${m.cpu}, node ${m.node}\n`);
  for (const [k, v] of Object.entries(extra)) process.stdout.write(`${k}: ${v}\n`);
  return m;
}

const median = (values) => {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** The median of each numeric field over runs (counts too: the median run's figure). */
function medianOf(runs, fields) {
  return Object.fromEntries(fields.map((f) => [f, median(runs.map((r) => r[f]))]));
}

const ms = (v) => (Number.isFinite(v) ? v.toFixed(1) : '–');

function table(headers, rows, textColumns = 1) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((c, i) => (i < textColumns ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** "PASS"/"FAIL" of a p99 against its target, FAIL also when anything errored or timed out. */
function verdict(p99, targetMs, failures = 0) {
  return Number.isFinite(p99) && p99 <= targetMs && failures === 0 ? 'PASS' : 'FAIL';
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

module.exports = { settings, machine, printHeader, median, medianOf, ms, table, verdict, log, quick };
