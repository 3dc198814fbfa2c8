import { withTransactionOn } from './transaction';
import type { PoolClient, Pool } from 'pg';
import type { ConsumerOptions } from '../transport.port';
import { deadLetterTopic } from '../transport.port';
import { deadLetterHeaders } from '../delivery/dead-letter';
import { deliverWithRetries } from '../delivery/deliver-with-retries';
import { Doorbell, StopSignal } from '../delivery/stop-signal';
import { formatLogOffset } from './log-offset';
import type { LogRecord, MessageLog } from './message-log';
import type { TransportNotifier } from './transport-notifier';

/** First retry when messages are committed but held back by the horizon; doubles up to the poll interval. */
const HELD_BACK_RETRY_MS = 5;

export interface TopicWorkerSettings {
  pool: Pool;
  log: MessageLog;
  notifier: TransportNotifier;
  group: string;
  topic: string;
  /** consumer_offsets row id: keys the lease lock. */
  offsetId: number;
  handle: ConsumerOptions['handle'];
  maxAttempts: number;
  retryBackoffMs: number;
  pollIntervalMs: number;
  leaseRetryMs: number;
  batchSize: number;
  stop: StopSignal;
  onError(error: Error, context: string): void;
  /** Called after each committed offset. */
  onProgress(): void;
}

/**
 * Consumes one topic for one group member. It holds the group's lease on a dedicated connection
 * (a session advisory lock: released when the member stops or its connection dies, so a standby
 * member takes over), reads in log order, and commits each offset on that same connection, after
 * the handler resolved. A failed message is retried, then dead-lettered in the same transaction
 * that moves the offset past it.
 */
export class TopicWorker {
  private readonly bell = new Doorbell();
  private running: Promise<void> | undefined;

  constructor(private readonly settings: TopicWorkerSettings) {}

  start(): Promise<void> {
    this.running ??= this.run();
    return this.running;
  }

  private async run(): Promise<void> {
    const { notifier, topic, stop } = this.settings;
    const unregister = await notifier.register(topic, this.bell);
    try {
      while (!stop.stopped) {
        try {
          await this.leaseAndConsume();
        } catch (error) {
          this.settings.onError(error as Error, `consumer ${this.settings.group} on ${topic}`);
          await stop.sleep(this.settings.leaseRetryMs);
        }
      }
    } finally {
      unregister();
    }
  }

  private async leaseAndConsume(): Promise<void> {
    const { pool, log, offsetId, stop } = this.settings;
    const client = await pool.connect();
    let broken: Error | undefined;
    const onClientError = (error: Error) => (broken = error);
    client.on('error', onClientError);
    try {
      if (!(await log.tryLease(client, offsetId))) {
        client.off('error', onClientError);
        client.release();
        await stop.sleep(this.settings.leaseRetryMs);
        return;
      }
      await this.consume(client);
      await log.releaseLease(client, offsetId);
      client.off('error', onClientError);
      client.release();
    } catch (error) {
      // The connection (and so the lease) is discarded: another member may take over.
      client.off('error', onClientError);
      client.release(broken ?? (error as Error));
      throw error;
    }
  }

  private async consume(client: PoolClient): Promise<void> {
    const { log, topic, offsetId, stop, batchSize, pollIntervalMs } = this.settings;
    let offset = await log.committedOffset(client, offsetId);
    let heldBackRetryMs = HELD_BACK_RETRY_MS;
    while (!stop.stopped) {
      const records = await log.readAfter(client, topic, offset, batchSize);
      if (records.length === 0) {
        if (await log.heldBack(client, topic, offset)) {
          // Committed, but an older transaction is still running: look again soon, not at the next poll.
          await stop.sleep(heldBackRetryMs);
          heldBackRetryMs = Math.min(heldBackRetryMs * 2, pollIntervalMs);
        } else {
          heldBackRetryMs = HELD_BACK_RETRY_MS;
          await this.bell.wait(pollIntervalMs, stop);
        }
        continue;
      }
      heldBackRetryMs = HELD_BACK_RETRY_MS;
      for (const record of records) {
        if (!(await this.deliver(client, record))) return;
        offset = record.offset;
        this.settings.onProgress();
      }
    }
  }

  /** Returns false when the member stopped before the message was done (nothing committed). */
  private async deliver(client: PoolClient, record: LogRecord): Promise<boolean> {
    const { log, topic, group, offsetId } = this.settings;
    const outcome = await deliverWithRetries({
      event: record.event,
      info: { topic, partition: 0, offset: formatLogOffset(record.offset), headers: record.headers },
      handle: this.settings.handle,
      maxAttempts: this.settings.maxAttempts,
      retryBackoffMs: this.settings.retryBackoffMs,
      stop: this.settings.stop,
      onRetry: (error, attempt) => this.settings.onError(error, `handler of ${group} on ${topic}, attempt ${attempt}`),
    });
    if (outcome.kind === 'abandoned') return false;
    if (outcome.kind === 'handled') {
      await log.commit(client, offsetId, record.offset);
      return true;
    }
    const headers = deadLetterHeaders({
      originalTopic: topic,
      originalPartition: 0,
      originalOffset: formatLogOffset(record.offset),
      group,
      error: outcome.error,
      attempts: outcome.attempts,
    });
    await withTransactionOn(client, async () => {
      await log.append(client, deadLetterTopic(topic), [{ partitionKey: record.partitionKey, event: record.event, headers }]);
      await log.commit(client, offsetId, record.offset);
    });
    return true;
  }
}
