import { isDomainError } from '@jejak/domain-kit';
import { InMemoryEventStore, type EventMetadata } from '@jejak/event-store';
import { validate as isUuid } from 'uuid';
import { CommandPipeline } from './command-pipeline';
import { canonicalJson, createIdFor, requestFingerprint } from './idempotency';
import { TrainingAggregate } from './testing/training.aggregate';

const metadata: EventMetadata = { tenant: '61', actor: { userId: 'u-2', role: 'staf' }, correlationId: 'corr-2' };
const open = (seats: number, at = '2024-06-03T01:00:00.000Z') => ({ type: 'OpenTraining' as const, data: { seats, at } });
let counter = 0;
const newId = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

describe('createIdFor', () => {
  const clientId = '6F1C2D3E-0A1B-4C5D-8E9F-001122334455';

  it('takes the client id first (lower-cased), even with a key', () => {
    expect(createIdFor({ tenant: '35', clientId, idempotencyKey: 'k', newId })).toBe(clientId.toLowerCase());
  });

  it('rejects a client id that is not a UUID with a validation error naming the field', () => {
    let error: unknown;
    try {
      createIdFor({ tenant: '35', clientId: 'sop-1', newId, field: 'sopId' });
    } catch (e) {
      error = e;
    }
    expect(isDomainError(error) && error.kind === 'validation' && error.details[0].field === 'sopId').toBe(true);
  });

  it('derives the same UUID from the same tenant and key, different ones otherwise', () => {
    const a = createIdFor({ tenant: '35', idempotencyKey: 'kunci-1', newId });
    expect(isUuid(a)).toBe(true);
    expect(createIdFor({ tenant: '35', idempotencyKey: 'kunci-1', newId })).toBe(a);
    expect(createIdFor({ tenant: '61', idempotencyKey: 'kunci-1', newId })).not.toBe(a);
    expect(createIdFor({ tenant: '35', idempotencyKey: 'kunci-2', newId })).not.toBe(a);
  });

  it('makes a new id without either', () => {
    const first = createIdFor({ tenant: '35', newId });
    expect(createIdFor({ tenant: '35', newId })).not.toBe(first);
  });
});

describe('requestFingerprint', () => {
  it('ignores key order but not content', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: [3, { f: 1, e: 0 }] } })).toBe('{"a":{"c":[3,{"e":0,"f":1}],"d":2},"b":1}');
    expect(requestFingerprint({ user: 'u', body: { a: 1, b: 2 } })).toBe(requestFingerprint({ body: { b: 2, a: 1 }, user: 'u' }));
    expect(requestFingerprint({ user: 'u', body: { a: 1 } })).not.toBe(requestFingerprint({ user: 'v', body: { a: 1 } }));
  });
});

describe('CommandPipeline idempotent create (in-memory)', () => {
  it('returns the first outcome to a retry of the same request and writes nothing more', async () => {
    const store = new InMemoryEventStore();
    const pipeline = new CommandPipeline(store);
    const idempotency = { fingerprint: requestFingerprint({ user: 'u-2', body: { seats: 2 } }) };
    const first = await pipeline.execute(TrainingAggregate, { id: 'a', command: open(2), metadata, create: true, idempotency });
    expect(first.replayed).toBeUndefined();
    // the retry is decided at a later time: the stored first result wins
    const again = await pipeline.execute(TrainingAggregate, { id: 'a', command: open(2, '2024-06-03T01:00:05.000Z'), metadata, create: true, idempotency });
    expect(again).toMatchObject({ id: 'a', stream: 'training-a', revision: 0, replayed: true, state: first.state, events: first.events });
    expect(again.position).toEqual(first.position);
    expect(await store.readStream('training-a')).toHaveLength(1);
  });

  it('still replays the first outcome after the stream moved on', async () => {
    const store = new InMemoryEventStore();
    const pipeline = new CommandPipeline(store);
    const idempotency = { fingerprint: 'f-1' };
    await pipeline.execute(TrainingAggregate, { id: 'b', command: open(2), metadata, create: true, idempotency });
    await pipeline.execute(TrainingAggregate, { id: 'b', command: { type: 'Enrol', data: { participant: 'ani', at: '2024-06-04T00:00:00.000Z' } }, metadata });
    const again = await pipeline.execute(TrainingAggregate, { id: 'b', command: open(2), metadata, create: true, idempotency });
    expect(again).toMatchObject({ revision: 0, replayed: true, state: { stage: 'open', seats: 2, enrolled: [] } });
  });

  it('answers IDEMPOTENCY_KEY_REUSED to a different request with the same id, and to a stream made without a fingerprint', async () => {
    const store = new InMemoryEventStore();
    const pipeline = new CommandPipeline(store);
    await pipeline.execute(TrainingAggregate, { id: 'c', command: open(2), metadata, create: true, idempotency: { fingerprint: 'f-1' } });
    await pipeline.execute(TrainingAggregate, { id: 'd', command: open(2), metadata, create: true });
    for (const id of ['c', 'd']) {
      const attempt = pipeline.execute(TrainingAggregate, { id, command: open(3), metadata, create: true, idempotency: { fingerprint: 'f-2' } });
      await expect(attempt).rejects.toMatchObject({ kind: 'illegal_state', code: 'IDEMPOTENCY_KEY_REUSED' });
    }
    expect(await store.readStream('training-c')).toHaveLength(1);
  });

  it('keeps the plain create behaviour without the option', async () => {
    const store = new InMemoryEventStore();
    const pipeline = new CommandPipeline(store);
    await pipeline.execute(TrainingAggregate, { id: 'e', command: open(2), metadata, create: true });
    await expect(pipeline.execute(TrainingAggregate, { id: 'e', command: open(2), metadata, create: true })).rejects.toMatchObject({ code: 'TRAINING_EXISTS' });
  });
});
