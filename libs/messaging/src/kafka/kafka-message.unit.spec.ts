import type { IntegrationEvent } from '@jejak/contracts';
import { kafkaConfigFromEnv } from './kafka-config';
import { decodeHeaders, parseEventValue, toKafkaMessage } from './kafka-message';

const event: IntegrationEvent<{ n: number }> = {
  specversion: '1.0',
  id: '6f1c1c62-0b7e-4a55-9d1e-0d9d1b0f4a01',
  source: '/jejak/sop-catalogue',
  type: 'jejak.sop.published.v1',
  time: '2025-01-02T03:04:05.000Z',
  subject: 'sop-7',
  datacontenttype: 'application/json',
  tenant: '35.01',
  schemaversion: 1,
  correlationid: 'c-1',
  partitionkey: 'sop-7',
  data: { n: 1 },
};

describe('Kafka message mapping', () => {
  it('keys by partitionkey and carries the CloudEvent as a structured JSON value', () => {
    const message = toKafkaMessage(event, { 'dlq-group': 'g' });
    expect(message.key).toBe('sop-7');
    expect(JSON.parse(String(message.value))).toEqual(event);
    expect(message.headers).toEqual({ 'content-type': 'application/cloudevents+json', 'dlq-group': 'g' });
  });

  it('refuses an event without a partition key', () => {
    expect(() => toKafkaMessage({ ...event, partitionkey: '' })).toThrow(/no partitionkey/);
  });

  it('decodes byte headers to strings, taking the first of repeated values', () => {
    expect(decodeHeaders({ a: Buffer.from('x'), b: [Buffer.from('1'), Buffer.from('2')], c: 'plain', d: undefined })).toEqual({ a: 'x', b: '1', c: 'plain' });
    expect(decodeHeaders(undefined)).toEqual({});
  });

  it('parses a value back to the event and rejects what is not a JSON object', () => {
    expect(parseEventValue(Buffer.from(JSON.stringify(event)))).toEqual(event);
    expect(() => parseEventValue(null)).toThrow(/no value/);
    expect(() => parseEventValue(Buffer.from('[1]'))).toThrow(/not a JSON object/);
    expect(() => parseEventValue(Buffer.from('{oops'))).toThrow(SyntaxError);
  });
});

describe('kafkaConfigFromEnv', () => {
  it('splits KAFKA_BROKERS and defaults the client id', () => {
    expect(kafkaConfigFromEnv({ KAFKA_BROKERS: ' a:9092, b:9092 ,' })).toEqual({ brokers: ['a:9092', 'b:9092'], clientId: 'jejak' });
    expect(kafkaConfigFromEnv({ KAFKA_BROKERS: 'a:9092', KAFKA_CLIENT_ID: 'compliance' }).clientId).toBe('compliance');
  });

  it('fails when KAFKA_BROKERS is missing', () => {
    expect(() => kafkaConfigFromEnv({})).toThrow(/KAFKA_BROKERS/);
  });
});
