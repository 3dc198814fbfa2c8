/**
 * Poison messages on a real Kafka broker, as a consumer meets them: bytes that are not a CloudEvent,
 * an event that fails its contract's validation, and an event whose handler always throws. Each
 * goes to `<topic>.dlq` with its error, its original place and its bytes unchanged, and the
 * messages behind it on the same partition are still handled, in order.
 */
import { ContractRegistry, type IntegrationContract, type IntegrationEvent } from '@jejak/contracts';
import { DEAD_LETTER_HEADERS } from '../delivery/dead-letter';
import { deadLetterTopic } from '../transport.port';
import { validateIntegrationEvent } from '../validation/validate-integration-event';
import { keyedEvent, kafkaBrokersOrWarn, produceRaw, rawKafka, readRawTopic, testKafkaTransport, uniqueKafkaName } from '../testing/kafka-test-support';
import type { KafkaTransport } from './kafka-transport';

const brokers = kafkaBrokersOrWarn('Kafka dead-letter test');

const TYPE = 'jejak.kafka-test.sop-noted.v1';
const sopNoted: IntegrationContract<{ key: string; n: number; nama: string }> = {
  type: TYPE,
  version: 1,
  topic: 'unused',
  validate: (data) => (typeof (data as { nama?: unknown })?.nama === 'string' ? [] : [{ field: 'nama', message: 'must be a string' }]),
  is: (event): event is IntegrationEvent<{ key: string; n: number; nama: string }> => event.type === TYPE,
};

(brokers ? describe : describe.skip)('KafkaTransport dead-letter topic (real Kafka broker)', () => {
  let transport: KafkaTransport;
  beforeAll(() => {
    transport = testKafkaTransport('dead-letter');
  });
  afterAll(async () => {
    await transport?.close();
  });

  it('dead-letters unreadable, invalid and always-failing messages with their errors and goes on with the rest', async () => {
    const topic = uniqueKafkaName('poison');
    const group = uniqueKafkaName('group');
    const registry = new ContractRegistry().register(sopNoted);
    const key = 'sop-poison';
    const valid = (n: number) => keyedEvent(key, n, TYPE, { nama: `SOP ${n}` });
    const first = valid(0);
    const invalid = keyedEvent(key, 2, TYPE, { nama: 42 });
    const failing = valid(3);
    const after = [valid(4), valid(5)];
    const garbage = '{"specversion":"1.0", not json';

    // All on one key, so one partition, in this order: each poison message sits in front of good ones.
    await transport.publish(topic, [first]);
    await produceRaw(rawKafka('poison'), topic, [{ key, value: garbage }]);
    await transport.publish(topic, [invalid, failing, ...after]);

    const handled: string[] = [];
    const attempts: number[] = [];
    const consumer = await transport.subscribe({
      group,
      topics: [topic],
      maxAttempts: 3,
      retryBackoffMs: 10,
      handle: async (raw, delivery) => {
        const event = validateIntegrationEvent(registry, raw);
        if (event.id === failing.id) {
          attempts.push(delivery.attempt);
          throw new Error('read model rejected SOP 3: unique constraint "sops_pkey"');
        }
        handled.push(event.id);
      },
    });
    await consumer.drained();
    await consumer.stop();

    expect(handled).toEqual([first.id, ...after.map((e) => e.id)]);
    expect(attempts).toEqual([1, 2, 3]);

    const letters = await readRawTopic(rawKafka('dlq'), deadLetterTopic(topic), 3);
    expect(letters).toHaveLength(3);
    const original = await readRawTopic(rawKafka('original'), topic, 6);
    const partition = original[0].partition;
    const offsetOf = (match: (value: string) => boolean) => original.find((r) => match(r.value?.toString() ?? ''))!.offset;
    const byOffset = [...letters].sort((x, y) => Number(x.headers[DEAD_LETTER_HEADERS.originalOffset]) - Number(y.headers[DEAD_LETTER_HEADERS.originalOffset]));

    const [unreadable, rejected, exhausted] = byOffset;
    const common = { 'content-type': 'application/cloudevents+json', [DEAD_LETTER_HEADERS.originalTopic]: topic, [DEAD_LETTER_HEADERS.originalPartition]: String(partition), [DEAD_LETTER_HEADERS.group]: group };
    expect(unreadable.key).toBe(key);
    expect(unreadable.value?.toString()).toBe(garbage);
    expect(unreadable.headers).toMatchObject({
      ...common,
      [DEAD_LETTER_HEADERS.originalOffset]: offsetOf((v) => v === garbage),
      [DEAD_LETTER_HEADERS.errorName]: 'PoisonMessageError',
      [DEAD_LETTER_HEADERS.attempts]: '1',
    });
    expect(unreadable.headers[DEAD_LETTER_HEADERS.error]).toMatch(/^unreadable message: .*JSON/);

    expect(JSON.parse(rejected.value!.toString())).toEqual(invalid);
    expect(rejected.headers).toMatchObject({
      ...common,
      [DEAD_LETTER_HEADERS.originalOffset]: offsetOf((v) => v.includes(invalid.id)),
      [DEAD_LETTER_HEADERS.errorName]: 'PoisonMessageError',
      [DEAD_LETTER_HEADERS.error]: `invalid ${TYPE}: data.nama: must be a string`,
      [DEAD_LETTER_HEADERS.attempts]: '1',
    });

    expect(JSON.parse(exhausted.value!.toString())).toEqual(failing);
    expect(exhausted.headers).toMatchObject({
      ...common,
      [DEAD_LETTER_HEADERS.originalOffset]: offsetOf((v) => v.includes(failing.id)),
      [DEAD_LETTER_HEADERS.errorName]: 'Error',
      [DEAD_LETTER_HEADERS.error]: 'read model rejected SOP 3: unique constraint "sops_pkey"',
      [DEAD_LETTER_HEADERS.attempts]: '3',
    });

    // The group's offsets moved past everything: a restarted member gets nothing again.
    const again: string[] = [];
    const restarted = await transport.subscribe({ group, topics: [topic], handle: async (event) => void again.push(event.id) });
    await restarted.drained();
    await restarted.stop();
    expect(again).toEqual([]);
  }, 90_000);
});
