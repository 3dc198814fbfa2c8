/**
 * A consumer group on a real Kafka broker while messages flow: two members share a topic's three
 * partitions, a third joins mid-stream, then one leaves. Every message is handled (at least once),
 * and no message of a key is handled before every earlier message of that key.
 */
import type { IntegrationEvent } from '@jejak/contracts';
import type { ConsumerHandle } from '../transport.port';
import { keyedEvent, kafkaBrokersOrWarn, sleep, testKafkaTransport, uniqueKafkaName, until } from '../testing/kafka-test-support';
import type { KafkaTransport } from './kafka-transport';

const brokers = kafkaBrokersOrWarn('Kafka consumer-group rebalance test');

interface Handled {
  member: string;
  key: string;
  n: number;
  at: number;
}

const KEYS = ['sop-1', 'sop-2', 'sop-3', 'sop-4', 'sop-5', 'sop-6'];
/** Rounds (one message per key) published after the group changed for the last time. */
const ROUNDS_AFTER = 15;

(brokers ? describe : describe.skip)('KafkaTransport consumer group (real Kafka broker)', () => {
  const transports: KafkaTransport[] = [];
  afterAll(async () => {
    await Promise.all(transports.map((transport) => transport.close()));
  });

  it('loses nothing and keeps per-key order while a member joins and another leaves mid-stream', async () => {
    const topic = uniqueKafkaName('rebalance');
    const group = uniqueKafkaName('group');
    const handled: Handled[] = [];
    // Each member in its own transport, as each would be its own process.
    const member = async (name: string): Promise<ConsumerHandle> => {
      const transport = testKafkaTransport(`rebalance-${name}`);
      transports.push(transport);
      return transport.subscribe({
        group,
        topics: [topic],
        handle: async (event: IntegrationEvent) => {
          const { key, n } = event.data as { key: string; n: number };
          await sleep(5); // some work, so that rebalances happen while handlers run
          handled.push({ member: name, key, n, at: Date.now() });
        },
      });
    };
    const publisher = testKafkaTransport('rebalance-publisher');
    transports.push(publisher);

    const [a, b] = await Promise.all([member('a'), member('b')]);

    // A producer publishing every key's sequence in order, one round per key at a time, until
    // ROUNDS_AFTER rounds after the last change of the group: the changes happen mid-stream.
    let rounds = 0;
    const stopAt = { round: Number.POSITIVE_INFINITY };
    const publishing = (async () => {
      while (rounds < stopAt.round) {
        await publisher.publish(topic, KEYS.map((key) => keyedEvent(key, rounds)));
        rounds += 1;
        await sleep(40);
      }
    })();

    await until('the first members to handle 60 messages', () => handled.length >= 60);
    const joinedAt = Date.now();
    const c = await member('c');
    await until('the new member c to handle messages', () => handled.some((h) => h.member === 'c'));
    await a.stop();
    const leftAt = Date.now();
    stopAt.round = rounds + ROUNDS_AFTER;
    await publishing;
    const perKey = rounds;
    await Promise.all([b.drained(), c.drained()]);

    // Nothing lost: every (key, n) handled.
    for (const key of KEYS) {
      const seen = new Set(handled.filter((h) => h.key === key).map((h) => h.n));
      expect([key, seen.size]).toEqual([key, perKey]);
    }
    // Per-key order: a message is handled only after every earlier message of its key was handled
    // (a redelivery after a handover may repeat an earlier one; none is ever skipped ahead).
    for (const key of KEYS) {
      let highest = -1;
      for (const h of handled.filter((x) => x.key === key)) {
        expect([key, h.n, h.n <= highest + 1]).toEqual([key, h.n, true]);
        highest = Math.max(highest, h.n);
      }
    }
    // The group really changed hands: c got work after joining, a none after it left, b and c finished.
    expect(handled.filter((h) => h.member === 'c').every((h) => h.at >= joinedAt)).toBe(true);
    expect(handled.filter((h) => h.member === 'a' && h.at > leftAt)).toEqual([]);
    expect(handled.some((h) => h.member === 'a')).toBe(true);
    expect(new Set(handled.filter((h) => h.at > leftAt).map((h) => h.member))).toEqual(new Set(['b', 'c']));
    // At-least-once: duplicates may only come from handovers, a handful at most, never a replay of the topic.
    expect(handled.length - KEYS.length * perKey).toBeLessThan(KEYS.length * 4);
  }, 120_000);
});
