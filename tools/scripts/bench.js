#!/usr/bin/env node
// `npm run bench -- <name>`: builds the workspace, then runs one benchmark (or all with no name).
// Figures are medians of several runs; each benchmark prints the machine's size.
const { spawnSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const BENCHES = {
  'event-store': 'libs/event-store/dist/bench/event-store.bench.js',
  compliance: 'services/compliance/dist/bench-build/bench/compliance.bench.js',
  'sop-import': 'libs/sop-import/dist/bench/sop-import.bench.js',
  // HTTP benchmarks against real service processes (tools/bench, plain JS over the built services).
  latency: 'tools/bench/latency.bench.js',
  numbering: 'tools/bench/numbering.bench.js',
  lists: 'tools/bench/lists.bench.js',
  'cross-service-lag': 'tools/bench/cross-service-lag.bench.js',
};
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : Object.keys(BENCHES);
for (const name of names) {
  if (!BENCHES[name]) {
    process.stderr.write(`unknown benchmark "${name}"; known: ${Object.keys(BENCHES).join(', ')}\n`);
    process.exit(2);
  }
}
const build = spawnSync(join(root, 'node_modules/.bin/nx'), ['run-many', '-t', 'build', '--output-style=stream-without-prefixes'], { cwd: root, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
let status = 0;
for (const name of names) {
  const file = join(root, BENCHES[name]);
  if (!existsSync(file)) {
    process.stderr.write(`benchmark ${name}: ${BENCHES[name]} was not built\n`);
    status = 1;
    continue;
  }
  const result = spawnSync(process.execPath, ['--enable-source-maps', file], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) status = result.status ?? 1;
}
process.exit(status);
