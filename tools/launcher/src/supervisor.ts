/**
 * Keeps one service process running, the way a process manager would: a crash restarts it after an
 * exponential backoff (250 ms, 500 ms, 1 s, ... up to 8 s) while the other services keep running;
 * `maxCrashes` crashes within `windowMs` (default 5 in 60 s) give up and report it.
 * The child gets an IPC channel: when the launcher dies (even kill -9) the channel closes and the
 * service stops itself (GracefulShutdown in @jejak/nest-platform).
 */
import { spawn, type ChildProcess } from 'node:child_process';

export interface CrashPolicy {
  maxCrashes: number;
  windowMs: number;
  initialDelayMs: number;
  maxDelayMs: number;
}

export const DEFAULT_CRASH_POLICY: CrashPolicy = { maxCrashes: 5, windowMs: 60_000, initialDelayMs: 250, maxDelayMs: 8_000 };

/** Pure: what to do after a crash at `now`, given the earlier crash times. */
export function afterCrash(crashes: readonly number[], now: number, policy: CrashPolicy = DEFAULT_CRASH_POLICY):
  { action: 'restart'; delayMs: number; crashes: number[] } | { action: 'give-up'; crashes: number[] } {
  const recent = [...crashes.filter((at) => now - at < policy.windowMs), now];
  if (recent.length >= policy.maxCrashes) return { action: 'give-up', crashes: recent };
  const delayMs = Math.min(policy.initialDelayMs * 2 ** (recent.length - 1), policy.maxDelayMs);
  return { action: 'restart', delayMs, crashes: recent };
}

export interface SupervisedService {
  name: string;
  entry: string;
  env: NodeJS.ProcessEnv;
}

export interface SupervisorEvents {
  log(message: string): void;
  /** A (re)started process: record its pid. */
  started(name: string, pid: number): void;
  /** Crashed too often: the platform decides (the launcher stops everything). */
  gaveUp(name: string, message: string): void;
}

export class ServiceSupervisor {
  private child: ChildProcess | undefined;
  private crashes: number[] = [];
  private stopping = false;
  private restartTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly service: SupervisedService,
    private readonly events: SupervisorEvents,
    private readonly policy: CrashPolicy = DEFAULT_CRASH_POLICY,
  ) {}

  get pid(): number | undefined {
    return this.child?.pid;
  }

  start(): void {
    const child = spawn(process.execPath, ['--enable-source-maps', this.service.entry], {
      env: this.service.env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child = child;
    // The channel is only there to close when the launcher dies; it must not keep the launcher alive.
    child.channel?.unref();
    child.on('error', (error) => this.events.log(`${this.service.name} could not start: ${error.message}`));
    if (child.pid !== undefined) this.events.started(this.service.name, child.pid);
    child.once('exit', (code, signal) => this.exited(child, code, signal));
  }

  private exited(child: ChildProcess, code: number | null, signal: NodeJS.Signals | null): void {
    if (this.stopping || child !== this.child) return;
    this.child = undefined;
    const decision = afterCrash(this.crashes, Date.now(), this.policy);
    this.crashes = decision.crashes;
    const how = `code ${code}, signal ${signal}`;
    if (decision.action === 'give-up') {
      this.events.gaveUp(
        this.service.name,
        `${this.service.name} crashed ${decision.crashes.length} times within ${this.policy.windowMs / 1000} s (last: ${how}); giving up. ` +
          `Its log lines above say why; fix the cause and start again.`,
      );
      return;
    }
    this.events.log(`${this.service.name} exited (${how}); restarting in ${decision.delayMs} ms (crash ${decision.crashes.length} of ${this.policy.maxCrashes} allowed within ${this.policy.windowMs / 1000} s); the other services keep running`);
    this.restartTimer = setTimeout(() => {
      this.restartTimer = undefined;
      if (!this.stopping) this.start();
    }, decision.delayMs);
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves when the process is gone. */
  stop(graceMs = 10_000): Promise<void> {
    this.stopping = true;
    if (this.restartTimer) clearTimeout(this.restartTimer);
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
    return new Promise<void>((done) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      child.kill('SIGTERM');
    });
  }
}
