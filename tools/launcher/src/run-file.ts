/**
 * The launcher's run file (`<data dir>/launcher.run.json`): which processes it started, so that a
 * launcher killed with -9 leaves nothing behind — its watchdog and the next start read it and stop
 * what is left. A process is only signalled when its command line still matches what was started
 * (a reused PID is never touched).
 */
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RunProcess {
  /** `launcher`, `postgres` or a service name. */
  role: string;
  pid: number;
  /** A string the process's command line contains (its entry point, or the PostgreSQL data folder). */
  marker: string;
  /** How to ask it to stop: services SIGTERM, PostgreSQL SIGINT (fast shutdown). */
  stopSignal: NodeJS.Signals;
}

export interface RunFile {
  launcherPid: number;
  startedAt: string;
  processes: RunProcess[];
}

export const runFilePath = (dataDir: string): string => join(dataDir, 'launcher.run.json');

export function readRunFile(path: string): RunFile | undefined {
  if (!existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as RunFile;
    return Array.isArray(parsed.processes) && Number.isSafeInteger(parsed.launcherPid) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

export function writeRunFile(path: string, file: RunFile): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(file, null, 2)}\n`);
  renameSync(temporary, path);
}

export function removeRunFile(path: string): void {
  rmSync(path, { force: true });
}

export function commandLineOf(pid: number): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
  } catch {
    if (process.platform === 'linux') return undefined;
    // Elsewhere: alive is all we can tell.
    try {
      process.kill(pid, 0);
      return '';
    } catch {
      return undefined;
    }
  }
}

/** The process still runs and is the one that was recorded. */
export function stillOurs(entry: Pick<RunProcess, 'pid' | 'marker'>): boolean {
  const commandLine = commandLineOf(entry.pid);
  if (commandLine === undefined) return false;
  return process.platform !== 'linux' || commandLine.includes(entry.marker);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stops every recorded process that is still ours: its stop signal, then SIGKILL after `graceMs`.
 * Returns the roles it had to stop.
 */
export async function stopRecorded(processes: RunProcess[], graceMs = 8_000): Promise<string[]> {
  const alive = processes.filter(stillOurs);
  for (const entry of alive) {
    try {
      process.kill(entry.pid, entry.stopSignal);
    } catch {
      // gone meanwhile
    }
  }
  const deadline = Date.now() + graceMs;
  while (alive.some(stillOurs) && Date.now() < deadline) await sleep(100);
  for (const entry of alive.filter(stillOurs)) {
    try {
      process.kill(entry.pid, 'SIGKILL');
    } catch {
      // gone meanwhile
    }
  }
  return alive.map((e) => `${e.role} (pid ${e.pid})`);
}
