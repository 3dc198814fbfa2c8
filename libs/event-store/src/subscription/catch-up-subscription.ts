import { START, type LogPosition, type RecordedEvent, type SubscribeToAllOptions, type Subscription } from '../event-store.port';

/** One read of the log strictly after a checkpoint. */
export interface CatchUpRead {
  /** In log order, already filtered. */
  events: RecordedEvent[];
  /** The read returned a full batch: more may follow at once. */
  full: boolean;
  /**
   * Meaningful when not `full`: once `events` are delivered, everything below this mark has been
   * delivered (PostgreSQL: the snapshot's xmin; in-memory: the log length).
   */
  horizon: bigint;
  /** Committed events exist that the horizon still holds back: read again soon. */
  heldBack: boolean;
}

/** The storage side of a catch-up subscription. */
export interface CatchUpSource {
  /** Starts change notifications; `wake` is called on every change, and on a notification failure. */
  open(wake: () => void): Promise<void>;
  /** Reads up to `limit` events strictly after `after`. Throws when the notification channel failed. */
  read(after: LogPosition, limit: number): Promise<CatchUpRead>;
  /** The horizon mark that must be reached for everything committed now to have been delivered. */
  target(): Promise<bigint>;
  close(): Promise<void>;
}

export interface CatchUpTiming {
  /** Fallback poll while idle; null = only on notifications (in-memory). */
  pollIntervalMs: number | null;
  /** First retry delay when events are held back by the horizon; doubles up to the poll interval. */
  heldBackRetryMs: number;
}

interface Waiter {
  target: bigint;
  resolve(): void;
  reject(error: Error): void;
}

export class SubscriptionStoppedError extends Error {
  constructor() {
    super('the subscription was stopped');
    this.name = 'SubscriptionStoppedError';
  }
}

const toError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * Pull-based catch-up subscription: reads batches after the checkpoint until the reads are no longer
 * full, then sleeps until woken (notification, `caughtUp()`, `stop()`) or the poll timer fires.
 * Batches are delivered one at a time; a handler or store error stops it and calls `onError` once.
 *
 * `stop()` waits for the batch being delivered; do not await it from inside `onEvents`.
 */
export class CatchUpSubscription implements Subscription {
  private checkpoint: LogPosition;
  private reached: bigint | undefined;
  private stopped = false;
  private failure: Error | undefined;
  private woken = false;
  private wakeUp: (() => void) | undefined;
  private readonly waiters: Waiter[] = [];
  private readonly batchSize: number;
  private readonly done: Promise<void>;

  constructor(
    private readonly source: CatchUpSource,
    private readonly options: SubscribeToAllOptions,
    private readonly timing: CatchUpTiming,
    private readonly onFinished: (subscription: CatchUpSubscription) => void = () => undefined,
  ) {
    this.checkpoint = options.after ?? START;
    this.batchSize = Math.max(1, options.batchSize ?? 500);
    this.done = this.run();
  }

  /** The position of the last delivered event (or the starting checkpoint). */
  get position(): LogPosition {
    return this.checkpoint;
  }

  async caughtUp(): Promise<void> {
    this.assertActive();
    const target = await this.source.target();
    this.assertActive();
    if (this.reached !== undefined && this.reached >= target) return;
    await new Promise<void>((resolve, reject) => {
      this.waiters.push({ target, resolve, reject });
      this.wake();
    });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.done;
  }

  private assertActive(): void {
    if (this.failure) throw this.failure;
    if (this.stopped) throw new SubscriptionStoppedError();
  }

  private async run(): Promise<void> {
    let retryMs = this.timing.heldBackRetryMs;
    try {
      await this.source.open(() => this.wake());
      while (!this.stopped) {
        this.woken = false;
        const read = await this.source.read(this.checkpoint, this.batchSize);
        if (this.stopped) break;
        if (read.events.length > 0) {
          await this.options.onEvents(read.events);
          this.checkpoint = read.events[read.events.length - 1].position;
        }
        if (read.full) continue;
        this.advance(read.horizon);
        if (read.heldBack || this.waiters.length > 0) {
          await this.sleep(retryMs);
          retryMs = Math.min(retryMs * 2, this.timing.pollIntervalMs ?? 1000);
        } else {
          retryMs = this.timing.heldBackRetryMs;
          await this.sleep(this.timing.pollIntervalMs);
        }
      }
    } catch (error) {
      if (!this.stopped) {
        this.failure = toError(error);
        this.stopped = true;
        try {
          this.options.onError?.(this.failure);
        } catch {
          // an onError that throws must not break the shutdown below
        }
      }
    } finally {
      await this.source.close().catch(() => undefined);
      const reason = this.failure ?? new SubscriptionStoppedError();
      for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
      this.onFinished(this);
    }
  }

  private advance(horizon: bigint): void {
    if (this.reached === undefined || horizon > this.reached) this.reached = horizon;
    const reached = this.reached;
    for (let i = this.waiters.length - 1; i >= 0; i -= 1) {
      if (this.waiters[i].target <= reached) this.waiters.splice(i, 1)[0].resolve();
    }
  }

  private sleep(ms: number | null): Promise<void> {
    if (this.woken || this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      let timer: NodeJS.Timeout | undefined;
      const finish = () => {
        if (timer) clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      if (ms !== null) timer = setTimeout(finish, ms);
      this.wakeUp = finish;
    });
  }

  private wake(): void {
    this.woken = true;
    this.wakeUp?.();
  }
}
