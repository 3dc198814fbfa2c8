/**
 * One crash trial of `npm run crash-trials` (tools/crash-trials/crash-trials.js) against the built
 * platform: acknowledged writes while a random process (a service, the embedded PostgreSQL or the
 * launcher) is killed with SIGKILL; afterwards nothing acknowledged is lost, nothing is duplicated,
 * the agenda book has no number without its letter, no process outlives a killed launcher, and every
 * projection and outbox caught up. The recovery time is printed, not asserted (speed targets belong to
 * the script's 20-trial run).
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is plain CommonJS
const { runCrashTrials, table } = require('./crash-trials.js') as {
  runCrashTrials(options: { trials: number; seed: number; log?: (line: string) => void }): Promise<{
    rows: Array<{ result: string; acked: number; problems: string[]; slow: boolean }>;
    failures: unknown[];
    output(): string;
  }>;
  table(rows: unknown[]): string;
};

describe('crash trial (kill -9 at random, then check every acknowledged write)', () => {
  it('loses nothing acknowledged, duplicates nothing and leaves no orphan', async () => {
    const lines: string[] = [];
    const result = await runCrashTrials({ trials: 1, seed: 20_240_603, log: (line) => lines.push(line) });
    console.log(`${lines.join('\n')}\n${table(result.rows)}`);
    expect(result.rows).toHaveLength(1);
    const [row] = result.rows;
    expect(row.acked).toBeGreaterThan(0);
    const invariants = row.problems.filter((p) => !p.startsWith('back (ready) after'));
    expect(invariants).toEqual([]);
  }, 420_000);
});
