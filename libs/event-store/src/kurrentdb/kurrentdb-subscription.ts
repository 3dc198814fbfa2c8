import type { AllStreamResolvedEvent, AllStreamSubscription, KurrentDBClient } from '@kurrent/kurrentdb-client';
import { comparePositions, START, type LogPosition, type RecordedEvent, type SubscribeToAllOptions, type Subscription } from '../event-store.port';
import { SubscriptionStoppedError } from '../subscription/catch-up-subscription';
import { matchesFilter } from '../subscription/event-filter';
import { fromKurrentEvent, isSystemEvent, toLogPosition } from './kurrentdb-event.mapper';

interface Waiter {
  target: LogPosition;
  resolve(): void;
  reject(error: Error): void;
}

/**
 * A catch-up subscription to `$all` (the client's `subscribeToAll`), delivered in batches of what
 * the client has buffered. System events and filtered-out events are dropped here, but their
 * positions still count as seen, so `caughtUp()` can compare with the last position of `$all`.
 */
export class KurrentDbSubscription implements Subscription {
  private seen: LogPosition;
  private stopped = false;
  private failure: Error | undefined;
  private readonly waiters: Waiter[] = [];
  private readonly stream: AllStreamSubscription;
  private readonly done: Promise<void>;

  constructor(
    client: KurrentDBClient,
    private readonly lastPositionOfAll: () => Promise<LogPosition | undefined>,
    private readonly options: SubscribeToAllOptions,
    private readonly onFinished: (subscription: KurrentDbSubscription) => void = () => undefined,
  ) {
    const after = options.after && options.after.commit >= 0n ? options.after : undefined;
    this.seen = after ?? START;
    this.stream = client.subscribeToAll({ fromPosition: after ?? 'start' });
    this.done = this.run();
  }

  async caughtUp(): Promise<void> {
    this.assertActive();
    const target = await this.lastPositionOfAll();
    this.assertActive();
    if (!target || comparePositions(this.seen, target) >= 0) return;
    await new Promise<void>((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.stream.unsubscribe().catch(() => undefined);
    await this.done;
  }

  private assertActive(): void {
    if (this.failure) throw this.failure;
    if (this.stopped) throw new SubscriptionStoppedError();
  }

  private async run(): Promise<void> {
    const batchSize = Math.max(1, this.options.batchSize ?? 500);
    const iterator = this.stream[Symbol.asyncIterator]() as AsyncIterator<AllStreamResolvedEvent>;
    try {
      while (!this.stopped) {
        const first = await iterator.next();
        if (this.stopped) break;
        if (first.done) throw new Error('KurrentDB ended the $all subscription');
        const buffered: AllStreamResolvedEvent[] = [first.value];
        while (buffered.length < batchSize && this.stream.readableLength > 0) {
          const next = await iterator.next();
          if (next.done) break;
          buffered.push(next.value);
        }
        const events: RecordedEvent[] = [];
        let last: LogPosition | undefined;
        for (const resolved of buffered) {
          const event = resolved.event;
          if (!event?.position) continue;
          const position = toLogPosition(event.position);
          if (comparePositions(position, this.seen) <= 0 || (last && comparePositions(position, last) <= 0)) continue;
          last = position;
          if (!isSystemEvent(event) && matchesFilter(this.options.filter, { stream: event.streamId, type: event.type })) {
            events.push(fromKurrentEvent(event));
          }
        }
        if (this.stopped) break;
        if (events.length > 0) await this.options.onEvents(events);
        if (last) this.advance(last);
      }
    } catch (error) {
      if (!this.stopped) {
        this.failure = error instanceof Error ? error : new Error(String(error));
        this.stopped = true;
        await this.stream.unsubscribe().catch(() => undefined);
        try {
          this.options.onError?.(this.failure);
        } catch {
          // an onError that throws must not break the shutdown
        }
      }
    } finally {
      const reason = this.failure ?? new SubscriptionStoppedError();
      for (const waiter of this.waiters.splice(0)) waiter.reject(reason);
      this.onFinished(this);
    }
  }

  private advance(position: LogPosition): void {
    this.seen = position;
    for (let i = this.waiters.length - 1; i >= 0; i -= 1) {
      if (comparePositions(this.seen, this.waiters[i].target) >= 0) this.waiters.splice(i, 1)[0].resolve();
    }
  }
}
