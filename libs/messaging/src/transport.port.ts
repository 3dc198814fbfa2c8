import type { IntegrationEvent } from '@jejak/contracts';

/**
 * The event transport port. Adapters: Kafka (kafkajs) and a PostgreSQL-backed log for a single
 * machine. Both pass the same contract suite (`./testing/transport.contract.ts`).
 *
 * Semantics (both adapters):
 * - one topic per service context; the key (`partitionkey`) keeps one aggregate's events in order;
 * - consumers join a consumer group; each message is handled by one member of the group;
 * - the offset is committed only after `handle` resolves (after the handler's own transaction);
 * - a failing message is retried up to `maxAttempts` times, then sent with its error to the
 *   dead-letter topic `<topic>.dlq`, and the group moves on. Nothing is dropped silently.
 */
export interface DeliveryInfo {
  topic: string;
  partition: number;
  offset: string;
  /** 1 on first delivery. */
  attempt: number;
  /**
   * Transport headers of the message (string values). Dead-lettered messages carry the
   * `DEAD_LETTER_HEADERS` (see `./dead-letter.ts`); read them with `readDeadLetter`.
   */
  headers?: Record<string, string>;
}

export interface ConsumerOptions {
  group: string;
  topics: string[];
  handle(event: IntegrationEvent, delivery: DeliveryInfo): Promise<void>;
  /** Attempts before dead-lettering; default 5. */
  maxAttempts?: number;
  /** Base backoff between attempts (doubles each time); default 200 ms. */
  retryBackoffMs?: number;
  /** Start from the beginning of the topic when the group has no offset yet; default true. */
  fromBeginning?: boolean;
}

export interface ConsumerHandle {
  /** Resolves when every message published before the call has been handled or dead-lettered. */
  drained(): Promise<void>;
  stop(): Promise<void>;
}

export interface DeadLetter {
  topic: string;
  originalTopic: string;
  group: string;
  error: string;
  attempts: number;
  event: IntegrationEvent;
}

export interface EventTransport {
  publish(topic: string, events: IntegrationEvent[]): Promise<void>;
  subscribe(options: ConsumerOptions): Promise<ConsumerHandle>;
  close(): Promise<void>;
}

export const EVENT_TRANSPORT = Symbol('EventTransport');

/** Thrown by a handler for a message that can never succeed (invalid contract): dead-lettered at once. */
export class PoisonMessageError extends Error {
  constructor(message: string, readonly violations: { field: string; message: string }[] = []) {
    super(message);
    this.name = 'PoisonMessageError';
  }
}

export const deadLetterTopic = (topic: string): string => `${topic}.dlq`;
