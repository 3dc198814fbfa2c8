#!/usr/bin/env node
// `npm run fuzz`: the fuzz suite (tools/fuzz/src/fuzz.e2e.spec.ts) with many more cases than in `npm test`,
// then a summary of the failures by operation and bad-input class.
//   FUZZ_RUNS   cases per operation and class (default 50; `npm test` runs 6)
//   FUZZ_SEED   the seed (default: a new one each run, printed; `npm test` uses a fixed one)
// Extra arguments go to jest (e.g. `npm run fuzz -- -t letters`).
const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const report = join(root, '.jejak', 'fuzz-report.json');
const runs = process.env.FUZZ_RUNS ?? '50';
const seed = process.env.FUZZ_SEED ?? String(Math.floor(Math.random() * 2 ** 31));
process.stdout.write(`fuzz: FUZZ_RUNS=${runs} FUZZ_SEED=${seed}\n`);
rmSync(report, { force: true });
const result = spawnSync(join(root, 'node_modules', '.bin', 'jest'), ['tools/fuzz/src/fuzz.e2e.spec.ts', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed, FUZZ_REPORT: report },
});

if (!existsSync(report)) {
  process.stdout.write('\nfuzz: no report was written (the suite did not run)\n');
  process.exit(result.status || 1);
}
const { failures, operations, properties } = JSON.parse(readFileSync(report, 'utf8'));
process.stdout.write(`\nfuzz summary: ${operations} operations, ${properties} properties (operation × class) of ${runs} cases, seed ${seed}\n`);
if (failures.length === 0) {
  process.stdout.write('no failures\n');
} else {
  const byOperation = new Map();
  for (const f of failures) {
    const key = `${f.service} ${f.operation}`;
    if (!byOperation.has(key)) byOperation.set(key, []);
    byOperation.get(key).push(f);
  }
  process.stdout.write(`${failures.length} failing properties in ${byOperation.size} operations:\n`);
  for (const [operation, list] of [...byOperation].sort(([a], [b]) => a.localeCompare(b))) {
    process.stdout.write(`\n${operation}\n`);
    for (const f of list) {
      process.stdout.write(`  [${f.cls}] ${f.kind}: ${f.status} at ${f.target}\n`);
      process.stdout.write(`    ${f.request.method} ${f.request.url} as ${f.request.actor}${f.request.contentType ? ` (${f.request.contentType})` : ''}\n`);
      if (f.request.body) process.stdout.write(`    body: ${f.request.body.slice(0, 300)}\n`);
      process.stdout.write(`    answered: ${f.responseBody.replace(/\s+/g, ' ').slice(0, 300)}\n`);
      if (f.detail) process.stdout.write(`    ${f.detail}\n`);
    }
  }
  const byClass = {};
  for (const f of failures) byClass[f.cls] = (byClass[f.cls] ?? 0) + 1;
  process.stdout.write(`\nby class: ${Object.entries(byClass).map(([c, n]) => `${c} ${n}`).join(', ')}\n`);
}
process.exit(result.status ?? 1);
