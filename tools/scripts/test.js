#!/usr/bin/env node
// `npm test`: build every package, lint (with Nx module boundaries), type-check, then run every
// Jest project against one embedded PostgreSQL. Ends with one plain summary line:
//   "jest: N passed, N failed, N skipped"
// Skipped tests (Kafka/KurrentDB adapters without a server) are counted as skipped, never as passed.
const { spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync, rmSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const args = process.argv.slice(2);
const run = (label, command, commandArgs, options = {}) => {
  process.stdout.write(`\n=== ${label}\n`);
  const started = Date.now();
  const result = spawnSync(command, commandArgs, { cwd: root, stdio: 'inherit', env: process.env, ...options });
  process.stdout.write(`=== ${label}: ${result.status === 0 ? 'ok' : 'FAILED'} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
  return result.status === 0;
};

const bin = (name) => join(root, 'node_modules', '.bin', name);
let ok = true;
if (!process.env.JEJAK_SKIP_STATIC) {
  ok = run('build', bin('nx'), ['run-many', '-t', 'build', '--output-style=stream-without-prefixes']) && ok;
  ok = run('project graph', bin('nx'), ['show', 'projects'], { stdio: ['ignore', 'ignore', 'inherit'] }) && ok;
  ok = run('lint', bin('eslint'), ['.', '--max-warnings=0']) && ok;
  ok = run('typecheck', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit']) && ok;
}
const resultsDir = join(root, '.jejak');
mkdirSync(resultsDir, { recursive: true });
const resultsFile = join(resultsDir, 'jest-results.json');
rmSync(resultsFile, { force: true });
const jestOk = run('jest', bin('jest'), ['--json', `--outputFile=${resultsFile}`, ...args]);
ok = jestOk && ok;

if (existsSync(resultsFile)) {
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const skipped = results.numPendingTests + results.numTodoTests;
  process.stdout.write(`\njest: ${results.numPassedTests} passed, ${results.numFailedTests} failed, ${skipped} skipped\n`);
  if (results.numRuntimeErrorTestSuites > 0) process.stdout.write(`${results.numRuntimeErrorTestSuites} test suite(s) failed to run\n`);
} else {
  process.stdout.write('\njest: 0 passed, 1 failed\n');
}
process.exit(ok ? 0 : 1);
