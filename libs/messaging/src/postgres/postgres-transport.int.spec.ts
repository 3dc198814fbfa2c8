import type { IntegrationEvent } from '@jejak/contracts';
import { withTransaction } from '@jejak/postgres';
import { createTestDatabase, TestDatabase } from '@jejak/postgres/testing';
import { randomUUID } from 'node:crypto';
import { transportContract } from '../testing/transport.contract';
import type { ConsumerHandle } from '../transport.port';
import { MessageLog } from './message-log';
import { PostgresTransport } from './postgres-transport';

const onError = (error: Error, context: string): void => {
  // Handler failures are part of the contract tests; anything else is a real problem.
  if (!context.startsWith('handler')) console.error(`[transport] ${context}: ${error.message}`);
};

function event(key: string, n: number): IntegrationEvent<{ n: number }> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/jejak/test',
    type: 'jejak.test.happened.v1',
    time: new Date().toISOString(),
    subject: key,
    datacontenttype: 'application/json',
    tenant: '35.01',
    schemaversion: 1,
    correlationid: randomUUID(),
    partitionkey: key,
    data: { n },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('PostgresTransport (real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('messaging_transport');
  });
  afterAll(() => db?.drop());

  transportContract('PostgresTransport', () => new PostgresTransport({ pool: db.pool, pollIntervalMs: 100, leaseRetryMs: 100, onError }));

  describe('PostgreSQL specifics', () => {
    const opened: PostgresTransport[] = [];
    const open = (): PostgresTransport => {
      const transport = new PostgresTransport({ pool: db.pool, pollIntervalMs: 100, leaseRetryMs: 100, onError });
      opened.push(transport);
      return transport;
    };
    afterEach(async () => {
      await Promise.all(opened.splice(0).map((t) => t.close()));
    });
    const topicName = () => `pg.${randomUUID().slice(0, 8)}`;

    it('creates its schema idempotently under concurrent starts', async () => {
      const schema = `transport_${randomUUID().slice(0, 8)}`;
      const transports = Array.from({ length: 5 }, () => new PostgresTransport({ pool: db.pool, schema, onError }));
      await Promise.all(transports.map((t) => t.ensureSchema()));
      await Promise.all(transports.map((t) => t.ensureSchema()));
      const { rows } = await db.pool.query<{ table_name: string }>(
        'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
        [schema],
      );
      expect(rows.map((r) => r.table_name)).toEqual(['consumer_offsets', 'messages']);
      await Promise.all(transports.map((t) => t.close()));
    });

    it('does not read past a transaction that is still running, and delivers it first once it commits', async () => {
      const transport = open();
      await transport.ensureSchema();
      const topic = topicName();
      const received: string[] = [];
      const consumer = await transport.subscribe({ group: 'g', topics: [topic], handle: async (e) => void received.push(e.id) });

      const slow = event('slow', 0);
      const slowClient = await db.pool.connect();
      try {
        await slowClient.query('BEGIN');
        await new MessageLog(transport.schema).append(slowClient, topic, [{ partitionKey: 'slow', event: slow, headers: {} }]);
        const fast = Array.from({ length: 20 }, (_, n) => event('fast', n));
        for (const e of fast) await transport.publish(topic, [e]);
        await sleep(400); // several polls and NOTIFYs: the fast messages are committed but above the horizon
        expect(received).toEqual([]);
        await slowClient.query('COMMIT');
        await consumer.drained();
        expect(received).toEqual([slow.id, ...fast.map((e) => e.id)]);
      } finally {
        slowClient.release();
      }
    });

    it('never skips or duplicates a message under concurrent publishers that commit out of order', async () => {
      const transport = open();
      await transport.ensureSchema();
      const log = new MessageLog(transport.schema);
      const topic = topicName();
      const received: string[] = [];
      const consumer = await transport.subscribe({ group: 'g', topics: [topic], handle: async (e) => void received.push(e.id) });
      const published: string[] = [];
      await Promise.all(
        Array.from({ length: 4 }, async (_, writer) => {
          for (let i = 0; i < 15; i += 1) {
            const batch = [event(`w${writer}`, 2 * i), event(`w${writer}`, 2 * i + 1)];
            await withTransaction(db.pool, async (client) => {
              await client.query('SELECT pg_current_xact_id()'); // take the transaction id now ...
              await client.query('SELECT pg_sleep($1)', [Math.random() * 0.02]); // ... and commit later
              await log.append(client, topic, batch.map((e) => ({ partitionKey: e.partitionkey, event: e, headers: {} })));
            });
            published.push(...batch.map((e) => e.id));
          }
        }),
      );
      await consumer.drained();
      expect(received).toHaveLength(published.length);
      expect(new Set(received)).toEqual(new Set(published));
    });

    it('is woken by NOTIFY, not by the fallback poll', async () => {
      const transport = new PostgresTransport({ pool: db.pool, pollIntervalMs: 60_000, onError });
      opened.push(transport);
      const topic = topicName();
      const received: string[] = [];
      const consumer = await transport.subscribe({ group: 'g', topics: [topic], handle: async (e) => void received.push(e.id) });
      await sleep(200); // the worker is now idle, waiting for up to a minute
      const started = Date.now();
      const e = event('k', 1);
      await transport.publish(topic, [e]);
      await consumer.drained();
      expect(received).toEqual([e.id]);
      expect(Date.now() - started).toBeLessThan(10_000);
    });

    it('lets one member of a group consume at a time, and a standby member takes over when it stops', async () => {
      const topic = topicName();
      const seen: Record<'a' | 'b', string[]> = { a: [], b: [] };
      const members: Record<'a' | 'b', ConsumerHandle> = {
        a: await open().subscribe({ group: 'g', topics: [topic], handle: async (e) => void seen.a.push(e.id) }),
        b: await open().subscribe({ group: 'g', topics: [topic], handle: async (e) => void seen.b.push(e.id) }),
      };
      const publisher = open();
      const firstBatch = Array.from({ length: 10 }, (_, n) => event('k', n));
      await publisher.publish(topic, firstBatch);
      await members.a.drained();
      const active = seen.a.length > 0 ? 'a' : 'b';
      const standby = active === 'a' ? 'b' : 'a';
      expect(seen[active]).toEqual(firstBatch.map((e) => e.id));
      expect(seen[standby]).toEqual([]);

      await members[active].stop();
      const secondBatch = Array.from({ length: 5 }, (_, n) => event('k', 10 + n));
      await publisher.publish(topic, secondBatch);
      await members[standby].drained();
      expect(seen[standby]).toEqual(secondBatch.map((e) => e.id));
      expect(seen[active]).toEqual(firstBatch.map((e) => e.id));
    });

    it('starts a new group at the end of the topic when fromBeginning is false', async () => {
      const transport = open();
      const topic = topicName();
      await transport.publish(topic, [event('k', 1), event('k', 2)]);
      const later = event('k', 3);
      const received: string[] = [];
      const consumer = await transport.subscribe({ group: 'late', topics: [topic], fromBeginning: false, handle: async (e) => void received.push(e.id) });
      await transport.publish(topic, [later]);
      await consumer.drained();
      expect(received).toEqual([later.id]);
    });

    it('refuses an event without a partition key', async () => {
      const transport = open();
      const bad = { ...event('k', 1), partitionkey: '' };
      await expect(transport.publish(topicName(), [bad])).rejects.toThrow(/no partitionkey/);
    });
  });
});
