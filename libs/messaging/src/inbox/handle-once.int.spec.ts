import type { IntegrationEvent } from '@jejak/contracts';
import { createTestDatabase, TestDatabase } from '@jejak/postgres/testing';
import { randomUUID } from 'node:crypto';
import type { PoolClient } from 'pg';
import { PostgresTransport } from '../postgres/postgres-transport';
import { handleOnce } from './handle-once';

const inbox = { consumer: 'compliance.sop-counter', schema: 'compliance' };

function sopPublished(sopId: string): IntegrationEvent<{ sopId: string }> {
  return {
    specversion: '1.0',
    id: randomUUID(),
    source: '/jejak/sop-catalogue',
    type: 'jejak.sop.published.v1',
    time: new Date().toISOString(),
    subject: sopId,
    datacontenttype: 'application/json',
    tenant: '35.01',
    schemaversion: 1,
    correlationid: randomUUID(),
    partitionkey: sopId,
    data: { sopId },
  };
}

/** The read-model update: counts publications per SOP. */
const countPublication = (event: IntegrationEvent<{ sopId: string }>) => async (client: PoolClient) => {
  await client.query(
    `INSERT INTO compliance.sop_publications (sop_id, n) VALUES ($1, 1)
     ON CONFLICT (sop_id) DO UPDATE SET n = compliance.sop_publications.n + 1`,
    [event.data.sopId],
  );
};

describe('handleOnce (inbox, real PostgreSQL)', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase('messaging_inbox');
    await db.pool.query('CREATE SCHEMA compliance');
    await db.pool.query('CREATE TABLE compliance.sop_publications (sop_id text PRIMARY KEY, n int NOT NULL)');
  });
  afterAll(() => db?.drop());

  const countOf = async (sopId: string): Promise<number> => {
    const { rows } = await db.pool.query<{ n: number }>('SELECT n FROM compliance.sop_publications WHERE sop_id = $1', [sopId]);
    return rows[0]?.n ?? 0;
  };

  it('changes the read model once when the same message is delivered twice', async () => {
    const event = sopPublished('sop-twice');
    const first = await handleOnce(db.pool, inbox, event, countPublication(event));
    const second = await handleOnce(db.pool, inbox, event, countPublication(event));
    expect([first, second]).toEqual([true, false]);
    expect(await countOf('sop-twice')).toBe(1);
  });

  it('changes the read model once when duplicates are delivered concurrently', async () => {
    const event = sopPublished('sop-concurrent');
    const results = await Promise.all(Array.from({ length: 6 }, () => handleOnce(db.pool, inbox, event, countPublication(event))));
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await countOf('sop-concurrent')).toBe(1);
  });

  it('records nothing when the work fails, so a redelivery runs it', async () => {
    const event = sopPublished('sop-retry');
    await expect(
      handleOnce(db.pool, inbox, event, async (client) => {
        await countPublication(event)(client);
        throw new Error('read model constraint');
      }),
    ).rejects.toThrow('read model constraint');
    expect(await countOf('sop-retry')).toBe(0);
    expect(await handleOnce(db.pool, inbox, event, countPublication(event))).toBe(true);
    expect(await countOf('sop-retry')).toBe(1);
  });

  it('keeps separate records per consumer', async () => {
    const event = sopPublished('sop-two-consumers');
    expect(await handleOnce(db.pool, inbox, event, countPublication(event))).toBe(true);
    expect(await handleOnce(db.pool, { ...inbox, consumer: 'compliance.other' }, event, countPublication(event))).toBe(true);
    expect(await countOf('sop-two-consumers')).toBe(2);
  });

  it('deduplicates a message published twice through the transport', async () => {
    const transport = new PostgresTransport({ pool: db.pool, pollIntervalMs: 100 });
    try {
      const topic = `inbox.${randomUUID().slice(0, 8)}`;
      const event = sopPublished('sop-republished');
      await transport.publish(topic, [event]);
      await transport.publish(topic, [event]); // e.g. a relay that crashed before its checkpoint
      let deliveries = 0;
      const consumer = await transport.subscribe({
        group: 'compliance',
        topics: [topic],
        handle: async (e) => {
          deliveries += 1;
          await handleOnce(db.pool, inbox, e, countPublication(e as IntegrationEvent<{ sopId: string }>));
        },
      });
      await consumer.drained();
      expect(deliveries).toBe(2);
      expect(await countOf('sop-republished')).toBe(1);
    } finally {
      await transport.close();
    }
  });
});
