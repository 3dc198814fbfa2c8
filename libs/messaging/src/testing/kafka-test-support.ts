import type { IntegrationEvent } from '@jejak/contracts';
import { randomUUID } from 'node:crypto';
import { Kafka, logLevel, type IHeaders } from 'kafkajs';
import { kafkaConfigFromEnv } from '../kafka/kafka-config';
import { KafkaTransport, type KafkaTransportOptions } from '../kafka/kafka-transport';

/**
 * Helpers of the Kafka integration tests (`src/kafka/*.int.spec.ts`). They run against the broker
 * named by `KAFKA_BROKERS` and skip with a message when it is not set.
 */

/** The brokers to test against, or undefined after warning why the suite named `what` is skipped. */
export function kafkaBrokersOrWarn(what: string): string | undefined {
  const brokers = process.env.KAFKA_BROKERS?.trim();
  if (!brokers) console.warn(`${what} SKIPPED: KAFKA_BROKERS is not set (no Kafka broker on this machine).`);
  return brokers || undefined;
}

export const uniqueKafkaName = (label: string): string => `kafka-it.${label}.${randomUUID().slice(0, 8)}`;

/** A transport with short group timings, so rebalances in the tests take seconds, not half a minute. */
export function testKafkaTransport(label: string, overrides: Partial<KafkaTransportOptions> = {}): KafkaTransport {
  const config = kafkaConfigFromEnv();
  return new KafkaTransport({
    ...config,
    clientId: `${config.clientId}-${label}`,
    drainPollMs: 100,
    // kafkajs logs every rebalance as an error; the transport's onError still reports crashes.
    client: { logLevel: logLevel.NOTHING },
    consumer: { sessionTimeout: 6_000, rebalanceTimeout: 10_000, heartbeatInterval: 500 },
    onError: (error, context) => {
      if (!context.startsWith('handler')) console.error(`[kafka ${label}] ${context}: ${error.message}`);
    },
    ...overrides,
  });
}

/** A CloudEvent keyed by `key`, carrying its place `n` in that key's sequence. */
export function keyedEvent(key: string, n: number, type = 'jejak.kafka-test.happened.v1', data: Record<string, unknown> = {}): IntegrationEvent<Record<string, unknown>> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/jejak/kafka-test',
    type,
    time: new Date().toISOString(),
    subject: key,
    datacontenttype: 'application/json',
    tenant: '35.01',
    schemaversion: 1,
    correlationid: randomUUID(),
    partitionkey: key,
    data: { key, n, ...data },
  };
}

export interface RawRecord {
  partition: number;
  offset: string;
  key: string | null;
  value: Buffer | null;
  headers: Record<string, string>;
}

function stringHeaders(headers: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) out[name] = first.toString();
  }
  return out;
}

/** A plain kafkajs client, for what the transport would not let a test do (raw bytes, reading a topic as it is). */
export function rawKafka(label: string): Kafka {
  return new Kafka({ clientId: `kafka-it-raw-${label}`, brokers: kafkaConfigFromEnv().brokers, logLevel: logLevel.NOTHING });
}

/** Produces raw records, bypassing the transport's mapping (e.g. bytes that are not JSON). */
export async function produceRaw(kafka: Kafka, topic: string, messages: { key: string; value: Buffer | string }[]): Promise<void> {
  const producer = kafka.producer({ allowAutoTopicCreation: true });
  await producer.connect();
  try {
    await producer.send({ topic, acks: -1, messages });
  } finally {
    await producer.disconnect();
  }
}

/** Reads a topic from the beginning with a throwaway group until `count` records arrived (or times out). */
export async function readRawTopic(kafka: Kafka, topic: string, count: number, timeoutMs = 30_000): Promise<RawRecord[]> {
  const consumer = kafka.consumer({ groupId: uniqueKafkaName('raw-reader'), sessionTimeout: 6_000, heartbeatInterval: 500 });
  const records: RawRecord[] = [];
  await consumer.connect();
  try {
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    let done!: () => void;
    const complete = new Promise<void>((resolve) => (done = resolve));
    await consumer.run({
      eachMessage: async ({ partition, message }) => {
        records.push({ partition, offset: message.offset, key: message.key?.toString() ?? null, value: message.value, headers: stringHeaders(message.headers) });
        if (records.length >= count) done();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`read ${records.length} of ${count} records from ${topic} in ${timeoutMs} ms`)), timeoutMs);
    });
    await Promise.race([complete, timedOut]).finally(() => clearTimeout(timer));
    // Anything beyond `count` would be a duplicate the test should see: give it a moment to arrive.
    await new Promise((resolve) => setTimeout(resolve, 500));
    return records;
  } finally {
    await consumer.disconnect();
  }
}

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` is true, or fails with `what` after `timeoutMs`. */
export async function until(what: string, probe: () => boolean | Promise<boolean>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(50);
  }
}
