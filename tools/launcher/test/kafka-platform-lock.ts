/**
 * Test-only: one platform at a time per Kafka broker. Every platform uses the same topics
 * (`jejak.<context>.v1`) and consumer groups (`compliance`), so two platforms started by parallel
 * Jest workers against one broker would split each other's partitions and each lose messages to the
 * other. System tests that run the platform with `EVENT_TRANSPORT=kafka` hold this lock from before
 * the launcher starts until it has exited.
 *
 * The lock is a directory in the temp folder named after the broker list (mkdir is atomic); it holds
 * the owner's pid and is taken over when that process is gone or the lock is older than `staleMs`.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface KafkaPlatformLock {
  release(): void;
}

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(dir: string, staleMs: number): boolean {
  try {
    const pid = Number(readFileSync(join(dir, 'owner'), 'utf8'));
    if (Number.isInteger(pid) && pid > 0 && !alive(pid)) return true;
    return Date.now() - statSync(dir).mtimeMs > staleMs;
  } catch {
    // Being created or removed right now: not ours to judge.
    return false;
  }
}

export async function lockKafkaPlatform(brokers: string, options: { timeoutMs?: number; staleMs?: number } = {}): Promise<KafkaPlatformLock> {
  const name = createHash('sha256').update(brokers.trim()).digest('hex').slice(0, 16);
  const dir = join(tmpdir(), `jejak-kafka-platform-${name}.lock`);
  const deadline = Date.now() + (options.timeoutMs ?? 300_000);
  for (;;) {
    try {
      mkdirSync(dir);
      writeFileSync(join(dir, 'owner'), String(process.pid));
      let released = false;
      return {
        release: () => {
          if (released) return;
          released = true;
          rmSync(dir, { recursive: true, force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (isStale(dir, options.staleMs ?? 600_000)) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    if (Date.now() > deadline) throw new Error(`another platform held the Kafka broker ${brokers} for too long (lock ${dir})`);
    await sleep(500);
  }
}
