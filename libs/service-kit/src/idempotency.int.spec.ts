import { PostgresEventStore, type EventMetadata } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { CommandPipeline, type CommandOutcome } from './command-pipeline';
import { createIdFor, requestFingerprint } from './idempotency';
import { TrainingAggregate, type TrainingEvent, type TrainingState } from './testing/training.aggregate';

const metadata: EventMetadata = { tenant: '35', actor: { userId: 'u-9', role: 'staf' }, correlationId: 'corr-9' };
const open = (seats: number, at: string) => ({ type: 'OpenTraining' as const, data: { seats, at } });

describe('idempotent creates (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let pipeline: CommandPipeline;
  let counter = 0;
  const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

  beforeAll(async () => {
    db = await createTestDatabase('idempotent_create');
    store = await PostgresEventStore.create(db.pool, { schema: 'idem_es' });
    pipeline = new CommandPipeline(store);
  });

  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  const create = (key: string, seats: number, at: string) => {
    const id = createIdFor({ tenant: metadata.tenant, idempotencyKey: key, newId });
    const fingerprint = requestFingerprint({ op: 'open', user: metadata.actor.userId, body: { seats } });
    return pipeline.execute(TrainingAggregate, { id, command: open(seats, at), metadata, create: true, idempotency: { fingerprint } });
  };

  it('a retry after a commit that was never acknowledged returns the first outcome', async () => {
    const first = await create('kunci-a', 4, '2024-05-01T02:00:00.000Z'); // committed; pretend the answer was lost
    const retry = await create('kunci-a', 4, '2024-05-01T02:00:09.000Z');
    expect(retry).toMatchObject({ id: first.id, revision: first.revision, replayed: true, state: first.state, events: first.events });
    expect(retry.position).toEqual(first.position);
    expect((await store.readStream(first.stream)).map((e) => e.data)).toEqual([{ seats: 4, at: '2024-05-01T02:00:00.000Z' }]);
  });

  it('concurrent identical creates: one writes, the others replay it', async () => {
    const outcomes: CommandOutcome<TrainingEvent, TrainingState>[] = await Promise.all(
      [0, 1, 2, 3, 4].map((n) => create('kunci-b', 2, `2024-05-01T02:00:0${n}.000Z`)),
    );
    const stream = outcomes[0].stream;
    const stored = await store.readStream(stream);
    expect(stored).toHaveLength(1);
    expect(outcomes.filter((o) => !o.replayed)).toHaveLength(1);
    for (const o of outcomes) expect(o).toMatchObject({ id: outcomes[0].id, revision: 0, state: { stage: 'open', seats: 2, enrolled: [] } });
  });

  it('a different request with the same key is a 409 IDEMPOTENCY_KEY_REUSED and writes nothing', async () => {
    const first = await create('kunci-c', 3, '2024-05-01T02:00:00.000Z');
    await expect(create('kunci-c', 5, '2024-05-01T02:00:01.000Z')).rejects.toMatchObject({ kind: 'illegal_state', code: 'IDEMPOTENCY_KEY_REUSED' });
    expect(await store.readStream(first.stream)).toHaveLength(1);
  });
});
