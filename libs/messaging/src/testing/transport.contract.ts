import type { IntegrationEvent } from '@jejak/contracts';
import { randomUUID } from 'node:crypto';
import type { DeadLetter, DeliveryInfo, EventTransport } from '../transport.port';
import { deadLetterTopic, PoisonMessageError } from '../transport.port';
import { readDeadLetter } from '../delivery/dead-letter';

/** Returns a new transport over the same log each time it is called (a new "process"). */
export type TransportFactory = () => EventTransport | Promise<EventTransport>;

interface Delivered {
  event: IntegrationEvent;
  delivery: DeliveryInfo;
}

const uniqueName = (label: string): string => `contract.${label}.${randomUUID().slice(0, 8)}`;

/** An event with every envelope field set, including the optional causationid. */
function contractEvent(key: string, n: number, extra: Record<string, unknown> = {}): IntegrationEvent<{ key: string; n: number } & Record<string, unknown>> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/jejak/contract-test',
    type: 'jejak.contract.tested.v1',
    time: new Date(Date.UTC(2025, 0, 2, 3, 4, 5, n % 1000)).toISOString(),
    subject: key,
    datacontenttype: 'application/json',
    tenant: '35.01',
    schemaversion: 1,
    correlationid: randomUUID(),
    causationid: randomUUID(),
    partitionkey: key,
    data: { key, n, ...extra },
  };
}

const ids = (items: { event: IntegrationEvent }[]): string[] => items.map((item) => item.event.id);

function gate(): { promise: Promise<void>; open(): void; fail(error: Error): void } {
  let open!: () => void;
  let fail!: (error: Error) => void;
  const promise = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { promise, open, fail };
}

/**
 * The behaviour every EventTransport adapter must have. Each test uses fresh topics and groups,
 * so the suite can run against a shared broker.
 */
export function transportContract(name: string, factory: TransportFactory): void {
  describe(`${name} (EventTransport contract)`, () => {
    const opened: EventTransport[] = [];
    const open = async (): Promise<EventTransport> => {
      const transport = await factory();
      opened.push(transport);
      return transport;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((transport) => transport.close()));
    });

    async function collectDeadLetters(transport: EventTransport, topic: string): Promise<DeadLetter[]> {
      const letters: DeadLetter[] = [];
      const consumer = await transport.subscribe({
        group: uniqueName('dlq-reader'),
        topics: [deadLetterTopic(topic)],
        handle: async (event, delivery) => {
          const letter = readDeadLetter(event, delivery);
          if (!letter) throw new Error(`message ${event.id} on ${delivery.topic} has no dead-letter headers`);
          letters.push(letter);
        },
      });
      await consumer.drained();
      await consumer.stop();
      return letters;
    }

    it('delivers a published event with every envelope field intact', async () => {
      const transport = await open();
      const topic = uniqueName('roundtrip');
      const event = contractEvent('sop-1', 1, {
        title: 'SOP Pelayanan Izin Usaha Simpan Pinjam – cabang',
        nested: { steps: [{ no: 1, pelaksana: ['Kepala Bidang'] }], empty: [], none: null, flag: true, ratio: 0.25 },
      });
      await transport.publish(topic, [event]);
      const received: Delivered[] = [];
      const consumer = await transport.subscribe({
        group: uniqueName('g'),
        topics: [topic],
        handle: async (e, delivery) => void received.push({ event: e, delivery }),
      });
      await consumer.drained();
      expect(received).toHaveLength(1);
      expect(received[0].event).toEqual(event);
      expect(received[0].delivery).toMatchObject({ topic, attempt: 1 });
      expect(typeof received[0].delivery.offset).toBe('string');
      expect(typeof received[0].delivery.partition).toBe('number');
    });

    it('keeps per-key order across many messages from concurrent publishers', async () => {
      const transport = await open();
      const topic = uniqueName('order');
      const keys = ['sop-a', 'sop-b', 'sop-c', 'sop-d'];
      const perKey = 40;
      const received: IntegrationEvent[] = [];
      const consumer = await transport.subscribe({
        group: uniqueName('g'),
        topics: [topic],
        handle: async (event) => void received.push(event),
      });
      // One writer per key; writers run concurrently, each publishing its key's events in order.
      await Promise.all(
        keys.map(async (key) => {
          for (let n = 0; n < perKey; n += 4) {
            await transport.publish(topic, [0, 1, 2, 3].map((i) => contractEvent(key, n + i)));
          }
        }),
      );
      await consumer.drained();
      expect(received).toHaveLength(keys.length * perKey);
      for (const key of keys) {
        const sequence = received.filter((e) => e.partitionkey === key).map((e) => (e.data as { n: number }).n);
        expect(sequence).toEqual(Array.from({ length: perKey }, (_, i) => i));
      }
    });

    it('resumes a consumer group after a restart without redelivering committed messages', async () => {
      const group = uniqueName('g');
      const topic = uniqueName('resume');
      const first = await open();
      const before = [1, 2, 3, 4, 5].map((n) => contractEvent(`k${n % 2}`, n));
      await first.publish(topic, before);
      const firstSeen: Delivered[] = [];
      const firstConsumer = await first.subscribe({ group, topics: [topic], handle: async (event, delivery) => void firstSeen.push({ event, delivery }) });
      await firstConsumer.drained();
      await firstConsumer.stop();
      await first.close();
      expect(ids(firstSeen)).toEqual(before.map((e) => e.id));

      const second = await open();
      const after = [6, 7, 8].map((n) => contractEvent(`k${n % 2}`, n));
      await second.publish(topic, after);
      const secondSeen: Delivered[] = [];
      const secondConsumer = await second.subscribe({ group, topics: [topic], handle: async (event, delivery) => void secondSeen.push({ event, delivery }) });
      await secondConsumer.drained();
      expect(ids(secondSeen)).toEqual(after.map((e) => e.id));
    });

    it('gives every message to each of two groups', async () => {
      const transport = await open();
      const topic = uniqueName('groups');
      const seen: Record<'one' | 'two', string[]> = { one: [], two: [] };
      const [one, two] = await Promise.all(
        (['one', 'two'] as const).map((label) =>
          transport.subscribe({ group: uniqueName(label), topics: [topic], handle: async (event) => void seen[label].push(event.id) }),
        ),
      );
      const events = Array.from({ length: 10 }, (_, n) => contractEvent('same-key', n));
      await transport.publish(topic, events.slice(0, 5));
      await transport.publish(topic, events.slice(5));
      await Promise.all([one.drained(), two.drained()]);
      expect(seen.one).toEqual(events.map((e) => e.id));
      expect(seen.two).toEqual(events.map((e) => e.id));
    });

    it('retries a failing handler, then dead-letters the message with its error and moves on', async () => {
      const transport = await open();
      const topic = uniqueName('retry');
      const group = uniqueName('g');
      const [ok1, bad, flaky, ok2] = [1, 2, 3, 4].map((n) => contractEvent('k', n));
      await transport.publish(topic, [ok1, bad, flaky, ok2]);
      const attempts = new Map<string, number[]>();
      const handled: string[] = [];
      const consumer = await transport.subscribe({
        group,
        topics: [topic],
        maxAttempts: 3,
        retryBackoffMs: 10,
        handle: async (event, delivery) => {
          attempts.set(event.id, [...(attempts.get(event.id) ?? []), delivery.attempt]);
          if (event.id === bad.id) throw new Error('read model rejected the event');
          if (event.id === flaky.id && delivery.attempt === 1) throw new Error('transient failure');
          handled.push(event.id);
        },
      });
      await consumer.drained();
      expect(handled).toEqual([ok1.id, flaky.id, ok2.id]);
      expect(attempts.get(bad.id)).toEqual([1, 2, 3]);
      expect(attempts.get(flaky.id)).toEqual([1, 2]);

      const letters = await collectDeadLetters(transport, topic);
      expect(letters).toEqual([
        { topic: deadLetterTopic(topic), originalTopic: topic, group, error: 'read model rejected the event', attempts: 3, event: bad },
      ]);
    });

    it('dead-letters a poison message at once', async () => {
      const transport = await open();
      const topic = uniqueName('poison');
      const group = uniqueName('g');
      const [poison, after] = [1, 2].map((n) => contractEvent('k', n));
      await transport.publish(topic, [poison, after]);
      const attempts: number[] = [];
      const handled: string[] = [];
      const consumer = await transport.subscribe({
        group,
        topics: [topic],
        maxAttempts: 5,
        retryBackoffMs: 10,
        handle: async (event, delivery) => {
          if (event.id === poison.id) {
            attempts.push(delivery.attempt);
            throw new PoisonMessageError('data.title: must be a string', [{ field: 'data.title', message: 'must be a string' }]);
          }
          handled.push(event.id);
        },
      });
      await consumer.drained();
      expect(attempts).toEqual([1]);
      expect(handled).toEqual([after.id]);
      const letters = await collectDeadLetters(transport, topic);
      expect(letters).toEqual([
        { topic: deadLetterTopic(topic), originalTopic: topic, group, error: 'data.title: must be a string', attempts: 1, event: poison },
      ]);
    });

    it('redelivers to the next member a message whose handler had not finished when the consumer stopped', async () => {
      const topic = uniqueName('crash');
      const group = uniqueName('g');
      const first = await open();
      const [m1, m2, m3] = [1, 2, 3].map((n) => contractEvent('k', n));
      await first.publish(topic, [m1, m2, m3]);

      const started = gate();
      const crash = gate();
      const firstSeen: string[] = [];
      const firstConsumer = await first.subscribe({
        group,
        topics: [topic],
        retryBackoffMs: 10,
        handle: async (event) => {
          firstSeen.push(event.id);
          if (event.id === m2.id) {
            started.open();
            await crash.promise;
          }
        },
      });
      await started.promise;
      const stopping = firstConsumer.stop();
      crash.fail(new Error('process crashed mid-handler'));
      await stopping;
      expect(firstSeen).toEqual([m1.id, m2.id]);

      const second = await open();
      const secondSeen: Delivered[] = [];
      const secondConsumer = await second.subscribe({ group, topics: [topic], handle: async (event, delivery) => void secondSeen.push({ event, delivery }) });
      await secondConsumer.drained();
      expect(ids(secondSeen)).toEqual([m2.id, m3.id]);
      expect(secondSeen[0].delivery.attempt).toBe(1);
      expect(await collectDeadLetters(second, topic)).toEqual([]);
    });
  });
}
