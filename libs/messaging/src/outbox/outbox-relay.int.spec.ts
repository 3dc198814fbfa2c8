import type { IntegrationContract, IntegrationEvent } from '@jejak/contracts';
import { PostgresEventStore, RecordedEvent } from '@jejak/event-store';
import { createTestDatabase, TestDatabase } from '@jejak/postgres/testing';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { join } from 'node:path';
import { handleOnce } from '../inbox/handle-once';
import { PostgresTransport } from '../postgres/postgres-transport';
import type { EventTransport } from '../transport.port';
import { makeIntegrationEvent } from '../validation/make-integration-event';
import { integrationEventId } from './integration-event-id';
import { OutboxCheckpointStore } from './outbox-checkpoint.store';
import { OutboxMapping, OutboxRelay, OutboxRelayOptions } from './outbox-relay';

const STORE_SCHEMA = 'catalogue';

interface SopPublished {
  sopId: string;
  nama: string;
}

const sopPublishedV1: IntegrationContract<SopPublished> = {
  type: 'jejak.sop.published.v1',
  version: 1,
  topic: 'jejak.sop-catalogue.v1',
  validate: (data) => (typeof (data as SopPublished)?.sopId === 'string' ? [] : [{ field: 'sopId', message: 'required' }]),
  is: (event): event is IntegrationEvent<SopPublished> => event.type === 'jejak.sop.published.v1',
};

/** The service-supplied mapping, limited to one test's streams so tests sharing the store stay apart. */
const mapFor =
  (topic: string, streamPrefix: string) =>
  (e: RecordedEvent): OutboxMapping => {
    if (!e.stream.startsWith(streamPrefix) || e.type !== 'SopPublished') return null;
    const data = e.data as SopPublished;
    return {
      topic,
      event: makeIntegrationEvent(sopPublishedV1, {
        source: '/jejak/sop-catalogue',
        subject: e.stream,
        time: e.recordedAt,
        tenant: e.tenant,
        correlationId: e.correlationId,
        causationId: e.id,
        data: { sopId: data.sopId, nama: data.nama },
      }),
    };
  };

const newEvent = (stream: string, type = 'SopPublished') => ({
  id: randomUUID(),
  type,
  data: { sopId: stream, nama: 'Pelayanan Surat Masuk' },
  metadata: { tenant: '35.01', actor: { userId: 'u-1', role: 'admin' }, correlationId: randomUUID() },
});

const unique = (label: string) => `${label}-${randomUUID().slice(0, 8)}`;

/** Runs the crash writer and resolves once it reports its commit. */
async function commitInChildThenKill(url: string, stream: string, eventId: string): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, [join(__dirname, '../testing/outbox-crash-writer.js'), url, STORE_SCHEMA, stream, eventId], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(`committed ${eventId}\n`)) resolve();
    });
    void exited.then(([code]) => reject(new Error(`writer exited early (code ${code}): ${stderr}`)));
  });
  child.kill('SIGKILL');
  const [, signal] = await exited;
  return signal;
}

describe('OutboxRelay (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let transport: PostgresTransport;
  const relays: OutboxRelay[] = [];

  beforeAll(async () => {
    db = await createTestDatabase('messaging_outbox');
    store = await PostgresEventStore.create(db.pool, { schema: STORE_SCHEMA, pollIntervalMs: 100 });
    transport = new PostgresTransport({ pool: db.pool, pollIntervalMs: 100 });
  });
  afterEach(async () => {
    await Promise.all(relays.splice(0).map((relay) => relay.stop()));
  });
  afterAll(async () => {
    await transport?.close();
    await store?.close();
    await db?.drop();
  });

  const relay = (options: Partial<OutboxRelayOptions> & Pick<OutboxRelayOptions, 'name' | 'map'>): OutboxRelay => {
    const created = new OutboxRelay({ store, transport, pool: db.pool, schema: STORE_SCHEMA, leaseRetryMs: 100, restartDelayMs: 50, ...options });
    relays.push(created);
    return created;
  };

  /** Everything on a topic, read by a fresh consumer group. */
  async function readTopic(topic: string): Promise<IntegrationEvent[]> {
    const events: IntegrationEvent[] = [];
    const consumer = await transport.subscribe({ group: unique('reader'), topics: [topic], handle: async (e) => void events.push(e) });
    await consumer.drained();
    await consumer.stop();
    return events;
  }

  it('publishes exactly once an event committed by a process that was killed before publishing', async () => {
    const stream = unique('sop-crash');
    const topic = unique('catalogue-crash');
    const eventId = randomUUID();

    expect(await commitInChildThenKill(db.url, stream, eventId)).toBe('SIGKILL');
    expect((await store.readStream(stream)).map((e) => e.id)).toEqual([eventId]);
    expect(await readTopic(topic)).toEqual([]);

    const first = relay({ name: 'catalogue.crash', map: mapFor(topic, stream) });
    await first.start();
    await first.caughtUp();
    const published = await readTopic(topic);
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({
      id: integrationEventId(eventId, 'jejak.sop.published.v1'),
      type: 'jejak.sop.published.v1',
      subject: stream,
      causationid: eventId,
      correlationid: 'corr-crash',
      data: { sopId: stream, nama: 'Pelayanan Surat Masuk' },
    });

    // A restarted relay resumes from its checkpoint: nothing is published again.
    await first.stop();
    const second = relay({ name: 'catalogue.crash', map: mapFor(topic, stream) });
    await second.start();
    await second.caughtUp();
    expect((await readTopic(topic)).map((e) => e.id)).toEqual([published[0].id]);
  });

  it('republishes with the same message ids when the checkpoint is lost, and an inbox applies them once', async () => {
    const stream = unique('sop-twice');
    const topic = unique('catalogue-twice');
    const events = [newEvent(stream), newEvent(stream), newEvent(stream)];
    await store.append(stream, events);

    const name = 'catalogue.twice';
    const first = relay({ name, map: mapFor(topic, stream) });
    await first.start();
    await first.caughtUp();
    await first.stop();
    await new OutboxCheckpointStore(db.pool, STORE_SCHEMA).reset(name);
    const second = relay({ name, map: mapFor(topic, stream) });
    await second.start();
    await second.caughtUp();

    const expectedIds = events.map((e) => integrationEventId(e.id, 'jejak.sop.published.v1'));
    const published = await readTopic(topic);
    expect(published.map((e) => e.id)).toEqual([...expectedIds, ...expectedIds]);

    await db.pool.query('CREATE TABLE IF NOT EXISTS catalogue_applied (message_id text)');
    const consumer = await transport.subscribe({
      group: 'compliance',
      topics: [topic],
      handle: (e) => handleOnce(db.pool, { consumer: 'compliance.sops', schema: 'compliance' }, e, async (client) => {
        await client.query('INSERT INTO catalogue_applied VALUES ($1)', [e.id]);
      }).then(() => undefined),
    });
    await consumer.drained();
    await consumer.stop();
    const { rows } = await db.pool.query<{ message_id: string }>('SELECT message_id FROM catalogue_applied');
    expect(rows.map((r) => r.message_id).sort()).toEqual([...expectedIds].sort());
  });

  it('skips events the mapping does not publish, and still moves its checkpoint past them', async () => {
    const stream = unique('sop-mixed');
    const topic = unique('catalogue-mixed');
    const published = newEvent(stream);
    await store.append(stream, [newEvent(stream, 'SopDraftEdited'), published, newEvent(stream, 'SopDraftEdited')]);
    const name = 'catalogue.mixed';
    const relayed = relay({ name, map: mapFor(topic, stream) });
    await relayed.start();
    await relayed.caughtUp();
    expect((await readTopic(topic)).map((e) => e.id)).toEqual([integrationEventId(published.id, 'jejak.sop.published.v1')]);
    const last = (await store.readStream(stream)).at(-1)!;
    expect(await new OutboxCheckpointStore(db.pool, STORE_SCHEMA).load(db.pool, name)).toEqual(last.position);
  });

  it('runs one relay per name at a time; the standby takes over when the active one stops', async () => {
    const stream = unique('sop-standby');
    const topic = unique('catalogue-standby');
    const name = 'catalogue.standby';
    const [a, b] = [relay({ name, map: mapFor(topic, stream) }), relay({ name, map: mapFor(topic, stream) })];
    await Promise.all([a.start(), b.start()]);
    const firstEvents = [newEvent(stream), newEvent(stream), newEvent(stream)];
    await store.append(stream, firstEvents);
    await Promise.race([a.caughtUp(), b.caughtUp()]);
    await a.stop();
    const laterEvents = [newEvent(stream), newEvent(stream)];
    await store.append(stream, laterEvents);
    await b.caughtUp();
    const expected = [...firstEvents, ...laterEvents].map((e) => integrationEventId(e.id, 'jejak.sop.published.v1'));
    expect((await readTopic(topic)).map((e) => e.id)).toEqual(expected);
  });

  it('keeps the events when publishing fails, and publishes them after a restart', async () => {
    const stream = unique('sop-broker-down');
    const topic = unique('catalogue-broker-down');
    let failuresLeft = 1;
    const flaky: EventTransport = {
      publish: async (t, events) => {
        if (failuresLeft > 0) {
          failuresLeft -= 1;
          throw new Error('broker unavailable');
        }
        await transport.publish(t, events);
      },
      subscribe: (options) => transport.subscribe(options),
      close: async () => undefined,
    };
    const errors: string[] = [];
    const events = [newEvent(stream), newEvent(stream)];
    await store.append(stream, events);
    const relayed = relay({ name: 'catalogue.broker-down', transport: flaky, map: mapFor(topic, stream), onError: (e) => errors.push(e.message) });
    await relayed.start();
    await relayed.caughtUp();
    expect(errors).toEqual(['broker unavailable']);
    expect((await readTopic(topic)).map((e) => e.id)).toEqual(events.map((e) => integrationEventId(e.id, 'jejak.sop.published.v1')));
  });
});
