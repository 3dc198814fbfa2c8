import type { Admin, Consumer, EachMessagePayload, Message } from 'kafkajs';
import type { ConsumerHandle, ConsumerOptions } from '../transport.port';
import { deadLetterTopic, PoisonMessageError } from '../transport.port';
import { deadLetterHeaders } from '../delivery/dead-letter';
import { DEFAULT_MAX_ATTEMPTS, DEFAULT_RETRY_BACKOFF_MS, deliverWithRetries, DeliveryOutcome, toError } from '../delivery/deliver-with-retries';
import { StopSignal } from '../delivery/stop-signal';
import { decodeHeaders, parseEventValue } from './kafka-message';

export interface KafkaConsumerDeps {
  consumer: Consumer;
  admin: () => Promise<Admin>;
  /** Sends to a topic (creating it when missing) with the transport's producer. */
  produce(topic: string, messages: Message[]): Promise<void>;
  drainPollMs: number;
  onError(error: Error, context: string): void;
  onStopped(): void;
}

/**
 * One consumer-group member: `eachMessage` with `autoCommit: false`; the offset (`offset + 1`) is
 * committed with `consumer.commitOffsets` only after the handler resolved, or after the message was
 * produced to `<topic>.dlq`.
 */
export class KafkaConsumerHandle implements ConsumerHandle {
  private readonly stopSignal = new StopSignal();
  private stopping: Promise<void> | undefined;

  constructor(
    private readonly options: ConsumerOptions,
    private readonly deps: KafkaConsumerDeps,
  ) {}

  async start(): Promise<void> {
    const { consumer } = this.deps;
    consumer.on(consumer.events.CRASH, (event) => this.deps.onError(toError(event.payload.error), `consumer ${this.options.group} crashed`));
    await consumer.connect();
    await consumer.subscribe({ topics: this.options.topics, fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({ autoCommit: false, eachMessage: (payload) => this.eachMessage(payload) });
  }

  /** Polls the group's committed offsets until they reach the end offsets seen at the call. */
  async drained(): Promise<void> {
    const admin = await this.deps.admin();
    const targets = await Promise.all(this.options.topics.map(async (topic) => ({ topic, partitions: await admin.fetchTopicOffsets(topic) })));
    for (;;) {
      const committed = await admin.fetchOffsets({ groupId: this.options.group, topics: this.options.topics });
      const done = targets.every(({ topic, partitions }) =>
        partitions.every(({ partition, high, low }) => {
          if (BigInt(low) >= BigInt(high)) return true;
          const offset = committed.find((t) => t.topic === topic)?.partitions.find((p) => p.partition === partition)?.offset ?? '-1';
          return BigInt(offset) >= BigInt(high);
        }),
      );
      if (done) return;
      if (this.stopSignal.stopped) throw new Error('consumer stopped before it drained');
      await this.stopSignal.sleep(this.deps.drainPollMs);
    }
  }

  /** kafkajs waits for the message in flight; a failure while stopping is left uncommitted. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.stopSignal.stop();
      await this.deps.consumer.disconnect();
      this.deps.onStopped();
    })();
    return this.stopping;
  }

  private async eachMessage({ topic, partition, message, heartbeat }: EachMessagePayload): Promise<void> {
    const { group, handle } = this.options;
    let outcome: DeliveryOutcome;
    try {
      const event = parseEventValue(message.value);
      outcome = await deliverWithRetries({
        event,
        info: { topic, partition, offset: message.offset, headers: decodeHeaders(message.headers) },
        handle,
        maxAttempts: this.options.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
        retryBackoffMs: this.options.retryBackoffMs ?? DEFAULT_RETRY_BACKOFF_MS,
        stop: this.stopSignal,
        onRetry: async (error, attempt) => {
          this.deps.onError(error, `handler of ${group} on ${topic}, attempt ${attempt}`);
          await heartbeat();
        },
      });
    } catch (error) {
      outcome = { kind: 'dead-letter', attempts: 1, error: new PoisonMessageError(`unreadable message: ${toError(error).message}`) };
    }
    if (outcome.kind === 'abandoned') return;
    if (outcome.kind === 'dead-letter') {
      const headers = deadLetterHeaders({ originalTopic: topic, originalPartition: partition, originalOffset: message.offset, group, error: outcome.error, attempts: outcome.attempts });
      await this.deps.produce(deadLetterTopic(topic), [{ key: message.key, value: message.value, headers }]);
    }
    await this.deps.consumer.commitOffsets([{ topic, partition, offset: (BigInt(message.offset) + 1n).toString() }]);
  }
}
