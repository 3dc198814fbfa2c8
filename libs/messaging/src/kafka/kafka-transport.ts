import type { IntegrationEvent } from '@jejak/contracts';
import { Admin, ConsumerConfig, Kafka, KafkaConfig, logLevel, Message, Partitioners, Producer } from 'kafkajs';
import type { ConsumerHandle, ConsumerOptions, EventTransport } from '../transport.port';
import { kafkaConfigFromEnv } from './kafka-config';
import { KafkaConsumerHandle } from './kafka-consumer';
import { toKafkaMessage } from './kafka-message';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  /** Partitions of topics this transport creates; default 3. */
  numPartitions?: number;
  /** Replication of topics this transport creates; default: the broker's default. */
  replicationFactor?: number;
  /** Extra kafkajs client settings (ssl, sasl, ...). */
  client?: Omit<KafkaConfig, 'brokers' | 'clientId'>;
  /** Extra kafkajs consumer settings (session timeout, ...). */
  consumer?: Omit<ConsumerConfig, 'groupId'>;
  /** How often `drained()` polls the group's offsets; default 200 ms. */
  drainPollMs?: number;
  onError?(error: Error, context: string): void;
}

/** Reads `KAFKA_BROKERS` and `KAFKA_CLIENT_ID`. */
export function kafkaTransportFromEnv(overrides: Partial<KafkaTransportOptions> = {}): KafkaTransport {
  return new KafkaTransport({ ...kafkaConfigFromEnv(), ...overrides });
}

/**
 * Kafka adapter (kafkajs). Producer: idempotent, `acks: -1`, one request in flight (keeps order on
 * retries); key = `partitionkey`, value = the CloudEvent (structured mode). Missing topics are
 * created through the admin client.
 */
export class KafkaTransport implements EventTransport {
  private readonly kafka: Kafka;
  private producer: Promise<Producer> | undefined;
  private admin: Promise<Admin> | undefined;
  private readonly topics = new Map<string, Promise<void>>();
  private readonly consumers = new Set<KafkaConsumerHandle>();
  private closed = false;

  constructor(private readonly options: KafkaTransportOptions) {
    this.kafka = new Kafka({ logLevel: logLevel.WARN, ...options.client, clientId: options.clientId, brokers: options.brokers });
  }

  async publish(topic: string, events: IntegrationEvent[]): Promise<void> {
    this.assertOpen();
    if (events.length === 0) return;
    await this.produce(topic, events.map((event) => toKafkaMessage(event)));
  }

  async subscribe(options: ConsumerOptions): Promise<ConsumerHandle> {
    this.assertOpen();
    if (!options.group) throw new Error('a consumer needs a group');
    if (options.topics.length === 0) throw new Error('a consumer needs at least one topic');
    await this.ensureTopics(options.topics);
    const handle: KafkaConsumerHandle = new KafkaConsumerHandle(options, {
      consumer: this.kafka.consumer({ ...this.options.consumer, groupId: options.group }),
      admin: () => this.getAdmin(),
      produce: (topic, messages) => this.produce(topic, messages),
      drainPollMs: this.options.drainPollMs ?? 200,
      onError: (error, context) => this.reportError(error, context),
      onStopped: () => this.consumers.delete(handle),
    });
    this.consumers.add(handle);
    try {
      await handle.start();
    } catch (error) {
      await handle.stop().catch(() => undefined);
      throw error;
    }
    return handle;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.consumers].map((consumer) => consumer.stop()));
    const [producer, admin] = [this.producer, this.admin];
    this.producer = undefined;
    this.admin = undefined;
    await Promise.all([producer?.then((p) => p.disconnect()), admin?.then((a) => a.disconnect())].map((p) => p?.catch(() => undefined)));
  }

  private async produce(topic: string, messages: Message[]): Promise<void> {
    await this.ensureTopics([topic]);
    const producer = await this.getProducer();
    await producer.send({ topic, acks: -1, messages });
  }

  private getProducer(): Promise<Producer> {
    this.producer ??= (async () => {
      const producer = this.kafka.producer({ idempotent: true, maxInFlightRequests: 1, createPartitioner: Partitioners.DefaultPartitioner });
      await producer.connect();
      return producer;
    })().catch((error) => {
      this.producer = undefined;
      throw error;
    });
    return this.producer;
  }

  private getAdmin(): Promise<Admin> {
    this.admin ??= (async () => {
      const admin = this.kafka.admin();
      await admin.connect();
      return admin;
    })().catch((error) => {
      this.admin = undefined;
      throw error;
    });
    return this.admin;
  }

  private async ensureTopics(topics: string[]): Promise<void> {
    await Promise.all(
      topics.map((topic) => {
        let ready = this.topics.get(topic);
        if (!ready) {
          ready = this.createTopicIfMissing(topic).catch((error) => {
            this.topics.delete(topic);
            throw error;
          });
          this.topics.set(topic, ready);
        }
        return ready;
      }),
    );
  }

  private async createTopicIfMissing(topic: string): Promise<void> {
    const admin = await this.getAdmin();
    if ((await admin.listTopics()).includes(topic)) return;
    // createTopics resolves false when another client created it first.
    await admin.createTopics({
      waitForLeaders: true,
      topics: [{ topic, numPartitions: this.options.numPartitions ?? 3, ...(this.options.replicationFactor ? { replicationFactor: this.options.replicationFactor } : {}) }],
    });
  }

  private assertOpen(): void {
    if (this.closed) throw new Error('the transport is closed');
  }

  private reportError(error: Error, context: string): void {
    if (this.options.onError) this.options.onError(error, context);
    else console.error(`[KafkaTransport] ${context}: ${error.message}`);
  }
}
