import type { IntegrationEvent } from '@jejak/contracts';
import { withTransaction } from '@jejak/postgres';
import type { Pool } from 'pg';
import type { ConsumerHandle, ConsumerOptions, EventTransport } from '../transport.port';
import { CLOUDEVENTS_CONTENT_TYPE } from '../delivery/dead-letter';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BACKOFF_MS } from '../delivery/deliver-with-retries';
import { StopSignal } from '../delivery/stop-signal';
import { LOG_START } from './log-offset';
import { MessageLog } from './message-log';
import { PostgresConsumer } from './postgres-consumer';
import { TopicWorker } from './topic-worker';
import { TransportNotifier } from './transport-notifier';
import { DEFAULT_TRANSPORT_SCHEMA, ensureTransportSchema } from './transport-schema';

export interface PostgresTransportOptions {
  /** The transport takes one connection per subscribed topic and one for LISTEN; size the pool for it. */
  pool: Pool;
  /** Default `jejak_transport`. */
  schema?: string;
  /** Fallback poll when no NOTIFY arrives; default 1000 ms. */
  pollIntervalMs?: number;
  /** How often a standby member tries to take the group's lease; default 1000 ms. */
  leaseRetryMs?: number;
  /** Messages read per query; default 100. */
  batchSize?: number;
  /** Handler failures (before a retry) and infrastructure errors. Default: console.error. */
  onError?(error: Error, context: string): void;
}

/**
 * The single-machine transport: a durable, ordered log in PostgreSQL with consumer groups.
 * Same semantics as the Kafka adapter (see `transport.port.ts`), one partition per topic.
 */
export class PostgresTransport implements EventTransport {
  readonly schema: string;
  private readonly log: MessageLog;
  private readonly notifier: TransportNotifier;
  private readonly consumers = new Set<PostgresConsumer>();
  private schemaReady: Promise<void> | undefined;
  private closed = false;

  constructor(private readonly options: PostgresTransportOptions) {
    this.schema = options.schema ?? DEFAULT_TRANSPORT_SCHEMA;
    this.log = new MessageLog(this.schema);
    this.notifier = new TransportNotifier(options.pool, this.log.channel, (error) => this.reportError(error, 'LISTEN connection'));
  }

  /** Creates the schema if missing (done lazily by publish and subscribe). */
  ensureSchema(): Promise<void> {
    this.schemaReady ??= ensureTransportSchema(this.options.pool, this.schema).catch((error) => {
      this.schemaReady = undefined;
      throw error;
    });
    return this.schemaReady;
  }

  async publish(topic: string, events: IntegrationEvent[]): Promise<void> {
    this.assertOpen();
    if (events.length === 0) return;
    const records = events.map((event) => ({ partitionKey: partitionKeyOf(event), event, headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE } }));
    await this.ensureSchema();
    await withTransaction(this.options.pool, (client) => this.log.append(client, topic, records));
  }

  async subscribe(options: ConsumerOptions): Promise<ConsumerHandle> {
    this.assertOpen();
    if (!options.group) throw new Error('a consumer needs a group');
    if (options.topics.length === 0) throw new Error('a consumer needs at least one topic');
    await this.ensureSchema();
    const pool = this.options.pool;
    const topics = await Promise.all(
      [...new Set(options.topics)].map(async (topic) => {
        const start = options.fromBeginning === false ? ((await this.log.tail(pool, topic, true)) ?? LOG_START) : LOG_START;
        return { topic, offsetId: await this.log.registerGroup(pool, options.group, topic, start) };
      }),
    );
    const stop = new StopSignal();
    const workers: TopicWorker[] = [];
    const consumer: PostgresConsumer = new PostgresConsumer(pool, this.log, topics, stop, workers, this.drainPollMs, () =>
      this.consumers.delete(consumer),
    );
    for (const { topic, offsetId } of topics) {
      workers.push(
        new TopicWorker({
          pool,
          log: this.log,
          notifier: this.notifier,
          group: options.group,
          topic,
          offsetId,
          handle: options.handle,
          maxAttempts: options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
          retryBackoffMs: options.retryBackoffMs ?? DEFAULT_RETRY_BACKOFF_MS,
          pollIntervalMs: this.options.pollIntervalMs ?? 1000,
          leaseRetryMs: this.options.leaseRetryMs ?? 1000,
          batchSize: this.options.batchSize ?? 100,
          stop,
          onError: (error, context) => this.reportError(error, context),
          onProgress: () => consumer.notifyProgress(),
        }),
      );
    }
    this.consumers.add(consumer);
    consumer.start();
    return consumer;
  }

  /** Stops every consumer of this transport (waiting for handlers in flight). The pool stays open. */
  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.consumers].map((consumer) => consumer.stop()));
    await this.notifier.close();
  }

  private get drainPollMs(): number {
    return Math.min(this.options.pollIntervalMs ?? 1000, 100);
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the transport is closed');
  }

  private reportError(error: Error, context: string): void {
    if (this.options.onError) this.options.onError(error, context);
    else console.error(`[PostgresTransport] ${context}: ${error.message}`);
  }
}

export function partitionKeyOf(event: IntegrationEvent): string {
  if (typeof event.partitionkey !== 'string' || event.partitionkey === '') {
    throw new TypeError(`integration event ${String(event.id)} has no partitionkey`);
  }
  return event.partitionkey;
}
