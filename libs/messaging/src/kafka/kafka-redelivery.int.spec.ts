/**
 * Redelivery after a crash on a real Kafka broker: a consumer process handles a message (its inbox
 * transaction commits) and is killed with SIGKILL before the transport commits the offset. A
 * restarted process gets the same message again; the idempotent inbox applies it once.
 */
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { keyedEvent, kafkaBrokersOrWarn, rawKafka, testKafkaTransport, uniqueKafkaName } from '../testing/kafka-test-support';

const brokers = kafkaBrokersOrWarn('Kafka redelivery-after-crash test');
const SCHEMA = 'crash_test';
const CHILD = join(__dirname, '../testing/kafka-crash-consumer.js');

interface ConsumerProcess {
  child: ChildProcess;
  /** Resolves with the first `handled` line about `eventId`. */
  handled(eventId: string): Promise<{ attempt: number; applied: boolean }>;
  exited: Promise<[number | null, NodeJS.Signals | null]>;
}

function startConsumer(db: TestDatabase, topic: string, group: string, mode: 'hang' | 'run'): ConsumerProcess {
  const child = spawn(process.execPath, [CHILD, db.url, SCHEMA, topic, group, mode], { stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const handled = (eventId: string) =>
    new Promise<{ attempt: number; applied: boolean }>((resolve, reject) => {
      const pattern = new RegExp(`^handled ${eventId} attempt=(\\d+) applied=(true|false)$`, 'm');
      const check = () => {
        const match = pattern.exec(stdout);
        if (match) resolve({ attempt: Number(match[1]), applied: match[2] === 'true' });
        return match !== null;
      };
      if (check()) return;
      const timer = setTimeout(() => reject(new Error(`no "handled ${eventId}" within 60 s; stdout: ${stdout}\nstderr: ${stderr}`)), 60_000);
      child.stdout!.on('data', () => check() && clearTimeout(timer));
      void exited.then(([code, signal]) => {
        clearTimeout(timer);
        reject(new Error(`consumer exited (code ${code}, signal ${signal}) before handling ${eventId}: ${stderr}`));
      });
    });
  return { child, handled, exited };
}

(brokers ? describe : describe.skip)('KafkaTransport redelivery after a crash (real Kafka broker)', () => {
  let db: TestDatabase;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    db = await createTestDatabase('messaging_kafka_crash');
    await db.pool.query(`CREATE SCHEMA ${SCHEMA}; CREATE TABLE ${SCHEMA}.applied (message_id text NOT NULL, sop_id text NOT NULL)`);
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await db?.drop();
  });

  it('delivers a message again when the consumer died after its handler but before the offset commit; the inbox counts it once', async () => {
    const topic = uniqueKafkaName('crash');
    const group = uniqueKafkaName('group');
    const publisher = testKafkaTransport('crash-publisher');
    const message = keyedEvent('sop-crash', 1);
    try {
      await publisher.publish(topic, [message]);
    } finally {
      await publisher.close();
    }

    const first = startConsumer(db, topic, group, 'hang');
    children.push(first.child);
    expect(await first.handled(message.id)).toEqual({ attempt: 1, applied: true });
    first.child.kill('SIGKILL');
    expect((await first.exited)[1]).toBe('SIGKILL');

    // The handler's transaction committed; the offset did not.
    const applied = async () => (await db.pool.query<{ message_id: string }>(`SELECT message_id FROM ${SCHEMA}.applied`)).rows.map((r) => r.message_id);
    expect(await applied()).toEqual([message.id]);
    const admin = rawKafka('crash-admin').admin();
    await admin.connect();
    try {
      const offsets = await admin.fetchOffsets({ groupId: group, topics: [topic] });
      // No partition has a committed offset (-1, or none reported).
      expect(offsets.flatMap((t) => t.partitions).filter((p) => p.offset !== '-1')).toEqual([]);
    } finally {
      await admin.disconnect();
    }

    // The restarted process gets the message again — a new delivery of the same event — and the
    // inbox recognises it: nothing is applied twice.
    const second = startConsumer(db, topic, group, 'run');
    children.push(second.child);
    expect(await second.handled(message.id)).toEqual({ attempt: 1, applied: false });
    expect(await applied()).toEqual([message.id]);
    second.child.kill('SIGTERM');
    expect((await second.exited)[0]).toBe(0);

    // That delivery was committed: a third process gets nothing.
    const check = testKafkaTransport('crash-check');
    try {
      const again: string[] = [];
      const consumer = await check.subscribe({ group, topics: [topic], handle: async (event) => void again.push(event.id) });
      await consumer.drained();
      expect(again).toEqual([]);
    } finally {
      await check.close();
    }
  }, 120_000);
});
