import type { IntegrationContract, IntegrationEvent } from '@jejak/contracts';
import { PostgresEventStore, type RecordedEvent } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { randomUUID } from 'node:crypto';
import { PostgresTransport } from '../postgres/postgres-transport';
import { makeIntegrationEvent } from '../validation/make-integration-event';
import { integrationEventId } from './integration-event-id';
import { OutboxMapping, OutboxRelay } from './outbox-relay';

const STORE_SCHEMA = 'catalogue';
const TOPIC = 'jejak.sop-catalogue.v1';

interface SopDrafted {
  sopId: string;
  steps: number;
}

const sopDraftedV1: IntegrationContract<SopDrafted> = {
  type: 'jejak.sop.drafted.v1',
  version: 1,
  topic: TOPIC,
  validate: () => [],
  is: (event): event is IntegrationEvent<SopDrafted> => event.type === 'jejak.sop.drafted.v1',
};

/** A mapping with a bug: it cannot map a draft whose `content` is empty, until `fixed`. */
const buggyMapping =
  (mapping: { fixed: boolean }) =>
  (e: RecordedEvent): OutboxMapping => {
    const data = e.data as { content: { step: string }[] };
    if (data.content.length === 0 && !mapping.fixed) throw new Error(`content of ${e.stream} has no first step`);
    return {
      topic: TOPIC,
      event: makeIntegrationEvent(sopDraftedV1, {
        source: '/jejak/sop-catalogue',
        subject: e.stream,
        time: e.recordedAt,
        tenant: e.tenant,
        correlationId: e.correlationId,
        causationId: e.id,
        data: { sopId: e.stream, steps: data.content.length },
      }),
    };
  };

describe('OutboxRelay parks events it cannot map (real PostgreSQL, PostgreSQL transport)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let transport: PostgresTransport;
  let relay: OutboxRelay;

  beforeAll(async () => {
    db = await createTestDatabase('messaging_outbox_parking');
    store = await PostgresEventStore.create(db.pool, { schema: STORE_SCHEMA, pollIntervalMs: 100 });
    transport = new PostgresTransport({ pool: db.pool, pollIntervalMs: 100 });
  });
  afterAll(async () => {
    await relay?.stop();
    await transport?.close();
    await store?.close();
    await db?.drop();
  });

  const draft = async (stream: string, tenant: string, steps: number): Promise<string> => {
    const id = randomUUID();
    const content = Array.from({ length: steps }, (_, i) => ({ step: `langkah ${i + 1}` }));
    await store.append(stream, [{ id, type: 'SopDrafted', data: { content }, metadata: { tenant, actor: { userId: 'u-1', role: 'STAF' }, correlationId: randomUUID() } }]);
    return id;
  };
  const publishedIds = async (): Promise<string[]> => {
    const events: IntegrationEvent[] = [];
    const consumer = await transport.subscribe({ group: `reader-${randomUUID()}`, topics: [TOPIC], handle: async (e) => void events.push(e) });
    await consumer.drained();
    await consumer.stop();
    return events.map((e) => e.id);
  };
  const wire = (domainId: string) => integrationEventId(domainId, 'jejak.sop.drafted.v1');

  it('parks the unmappable event and the rest of its stream, publishes everything else, and publishes them in order after a fix', async () => {
    const mapping = { fixed: false };
    const a1first = await draft('sop-a1', '35', 2);
    const b1first = await draft('sop-b1', '61', 1);
    const poison = await draft('sop-a1', '35', 0); // POST /sops with content: [] was accepted
    const a2first = await draft('sop-a2', '35', 3);
    const behind = await draft('sop-a1', '35', 4);
    const b1second = await draft('sop-b1', '61', 2);
    const parkedEvents: string[] = [];
    relay = new OutboxRelay({
      name: 'catalogue.outbox',
      store,
      transport,
      pool: db.pool,
      schema: STORE_SCHEMA,
      batchSize: 4,
      leaseRetryMs: 100,
      restartDelayMs: 50,
      map: buggyMapping(mapping),
      onParked: (event) => parkedEvents.push(event.id),
    });
    await relay.start();
    await relay.caughtUp();

    expect(await publishedIds()).toEqual([a1first, b1first, a2first, b1second].map(wire));
    const parked = await relay.parked();
    expect(parked.map((p) => [p.eventId, p.stream, p.tenant, p.reason, p.blockedBy, p.attempts])).toEqual([
      [poison, 'sop-a1', '35', 'content of sop-a1 has no first step', null, 1],
      [behind, 'sop-a1', '35', `blocked by ${poison}`, poison, 0],
    ]);
    expect(parked[0]).toMatchObject({ worker: 'catalogue.outbox', eventType: 'SopDrafted', revision: 1 });
    expect(parked[0].errorStack).toContain('content of sop-a1 has no first step');
    expect(parkedEvents).toEqual([poison, behind]);
    expect(await relay.status()).toMatchObject({ state: 'running', parked: 2, lagEvents: 0 });

    // Live events of the blocked stream wait behind it; others are published.
    const behindLive = await draft('sop-a1', '35', 1);
    const a2second = await draft('sop-a2', '35', 1);
    await relay.caughtUp();
    expect((await publishedIds()).slice(4)).toEqual([wire(a2second)]);
    expect((await relay.parked()).map((p) => p.eventId)).toEqual([poison, behind, behindLive]);

    // Before the fix a retry fails again; after it, the stream is published in order.
    expect(await relay.retryParked('all')).toEqual({ retried: [], failed: [{ eventId: poison, error: 'content of sop-a1 has no first step' }], remaining: 3 });
    expect((await relay.parked())[0].attempts).toBe(2);
    mapping.fixed = true;
    expect(await relay.retryParked({ eventId: behind })).toEqual({ retried: [poison, behind, behindLive], failed: [], remaining: 0 });
    expect((await publishedIds()).slice(5)).toEqual([poison, behind, behindLive].map(wire));

    // The stream is free again.
    const after = await draft('sop-a1', '35', 1);
    await relay.caughtUp();
    expect((await publishedIds()).slice(8)).toEqual([wire(after)]);
    expect(await relay.status()).toMatchObject({ state: 'running', parked: 0, lagEvents: 0, lagSeconds: 0 });
  });

  it('does not park on a transport failure: nothing is parked, the batch is published after the restart', async () => {
    let failuresLeft = 1;
    const errors: string[] = [];
    const flaky = new OutboxRelay({
      name: 'catalogue.flaky',
      store,
      pool: db.pool,
      schema: STORE_SCHEMA,
      leaseRetryMs: 100,
      restartDelayMs: 50,
      filter: { streamPrefixes: ['sop-flaky'] },
      transport: {
        publish: async (topic, events) => {
          if (failuresLeft-- > 0) throw Object.assign(new Error('broker unavailable'), { code: 'ECONNREFUSED' });
          await transport.publish(topic, events);
        },
        subscribe: (options) => transport.subscribe(options),
        close: async () => undefined,
      },
      map: buggyMapping({ fixed: true }),
      onError: (e) => errors.push(e.message),
    });
    const id = await draft('sop-flaky', '35', 1);
    await flaky.start();
    await flaky.caughtUp();
    await flaky.stop();
    expect(errors).toEqual(['broker unavailable']);
    expect(await flaky.parked()).toEqual([]);
    expect(await publishedIds()).toContain(wire(id));
    expect(await flaky.status()).toMatchObject({ state: 'stopped', parked: 0, lagEvents: 0 });
  });
});
