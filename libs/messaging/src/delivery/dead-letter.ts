import type { IntegrationEvent } from '@jejak/contracts';
import type { DeadLetter, DeliveryInfo } from '../transport.port';

/** Headers a dead-lettered message carries, in both adapters. Values are strings. */
export const DEAD_LETTER_HEADERS = {
  originalTopic: 'dlq-original-topic',
  originalPartition: 'dlq-original-partition',
  originalOffset: 'dlq-original-offset',
  group: 'dlq-group',
  error: 'dlq-error',
  errorName: 'dlq-error-name',
  attempts: 'dlq-attempts',
} as const;

/** Structured-mode CloudEvents content type, carried by every message. */
export const CLOUDEVENTS_CONTENT_TYPE = 'application/cloudevents+json';

export interface DeadLetterCause {
  originalTopic: string;
  originalPartition: number;
  originalOffset: string;
  group: string;
  error: Error;
  attempts: number;
}

/** The headers written with a message sent to `<topic>.dlq`. */
export function deadLetterHeaders(cause: DeadLetterCause): Record<string, string> {
  return {
    'content-type': CLOUDEVENTS_CONTENT_TYPE,
    [DEAD_LETTER_HEADERS.originalTopic]: cause.originalTopic,
    [DEAD_LETTER_HEADERS.originalPartition]: String(cause.originalPartition),
    [DEAD_LETTER_HEADERS.originalOffset]: cause.originalOffset,
    [DEAD_LETTER_HEADERS.group]: cause.group,
    [DEAD_LETTER_HEADERS.error]: cause.error.message,
    [DEAD_LETTER_HEADERS.errorName]: cause.error.name,
    [DEAD_LETTER_HEADERS.attempts]: String(cause.attempts),
  };
}

/** Reads a message consumed from a dead-letter topic; null when it carries no dead-letter headers. */
export function readDeadLetter(event: IntegrationEvent, delivery: DeliveryInfo): DeadLetter | null {
  const headers = delivery.headers ?? {};
  const originalTopic = headers[DEAD_LETTER_HEADERS.originalTopic];
  const group = headers[DEAD_LETTER_HEADERS.group];
  const error = headers[DEAD_LETTER_HEADERS.error];
  const attempts = Number(headers[DEAD_LETTER_HEADERS.attempts]);
  if (originalTopic === undefined || group === undefined || error === undefined || !Number.isInteger(attempts)) {
    return null;
  }
  return { topic: delivery.topic, originalTopic, group, error, attempts, event };
}
