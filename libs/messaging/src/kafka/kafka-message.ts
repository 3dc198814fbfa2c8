import type { IntegrationEvent } from '@jejak/contracts';
import type { IHeaders, Message } from 'kafkajs';
import { CLOUDEVENTS_CONTENT_TYPE } from '../delivery/dead-letter';

/** Structured-mode CloudEvent: key = partitionkey, value = the event as JSON. */
export function toKafkaMessage(event: IntegrationEvent, headers: Record<string, string> = {}): Message {
  if (typeof event.partitionkey !== 'string' || event.partitionkey === '') {
    throw new TypeError(`integration event ${String(event.id)} has no partitionkey`);
  }
  return {
    key: event.partitionkey,
    value: JSON.stringify(event),
    headers: { 'content-type': CLOUDEVENTS_CONTENT_TYPE, ...headers },
  };
}

/** Kafka header values are bytes; ours are UTF-8 strings (the first value when repeated). */
export function decodeHeaders(headers: IHeaders | undefined): Record<string, string> {
  const decoded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined) decoded[name] = first.toString();
  }
  return decoded;
}

/** Parses a message value; throws when it is not a JSON object (the caller dead-letters it). */
export function parseEventValue(value: Buffer | null): IntegrationEvent {
  if (value === null) throw new Error('message has no value');
  const parsed: unknown = JSON.parse(value.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('message value is not a JSON object');
  return parsed as IntegrationEvent;
}
