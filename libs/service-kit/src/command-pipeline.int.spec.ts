import { isDomainError, UnknownEventTypeError, UnsupportedEventVersionError } from '@jejak/domain-kit';
import { PostgresEventStore, TransactionOrderConflictError, WrongExpectedRevisionError, type EventMetadata } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { CommandPipeline } from './command-pipeline';
import { TrainingAggregate } from './testing/training.aggregate';

const metadata: EventMetadata = { tenant: '35.01', actor: { userId: 'u-1', role: 'kabid', name: 'Sri' }, correlationId: 'corr-1' };
const at = '2024-05-01T02:00:00.000Z';
const open = (seats: number) => ({ type: 'OpenTraining' as const, data: { seats, at } });
const enrol = (participant: string) => ({ type: 'Enrol' as const, data: { participant, at } });

describe('CommandPipeline (real PostgreSQL)', () => {
  let db: TestDatabase;
  let store: PostgresEventStore;
  let pipeline: CommandPipeline;
  let counter = 0;
  const newId = () => `t-${(counter += 1)}`;
  const types = async (id: string) => (await store.readStream(TrainingAggregate.stream(id))).map((e) => e.type);

  beforeAll(async () => {
    db = await createTestDatabase('command_pipeline');
    store = await PostgresEventStore.create(db.pool, { schema: 'pipeline_es' });
    pipeline = new CommandPipeline(store);
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  it('creates a stream and returns its revision, position and state', async () => {
    const id = newId();
    const outcome = await pipeline.execute(TrainingAggregate, { id, command: open(2), metadata, create: true });
    expect(outcome).toMatchObject({ id, stream: `training-${id}`, revision: 0, state: { stage: 'open', seats: 2, enrolled: [] } });
    expect(outcome.events).toEqual([{ type: 'TrainingOpened', data: { seats: 2, at } }]);
    const [stored] = await store.readStream(outcome.stream);
    expect(stored).toMatchObject({ type: 'TrainingOpened', schemaVersion: 2, tenant: '35.01', actor: metadata.actor, correlationId: 'corr-1' });
    expect(outcome.position).toEqual(stored.position);
    await expect(pipeline.execute(TrainingAggregate, { id, command: open(3), metadata, create: true })).rejects.toMatchObject({ code: 'TRAINING_EXISTS' });
    expect((await pipeline.load(TrainingAggregate, id)).revision).toBe(0);
  });

  it('lets exactly one of concurrent creators win; the others write nothing', async () => {
    const id = newId();
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((seats) => pipeline.execute(TrainingAggregate, { id, command: open(seats), metadata, create: true })));
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    for (const o of outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected')) {
      expect(o.reason instanceof WrongExpectedRevisionError || (isDomainError(o.reason) && o.reason.code === 'TRAINING_EXISTS')).toBe(true);
    }
    expect(await types(id)).toEqual(['TrainingOpened']);
  });

  it('refuses a mismatching If-Match revision before deciding, and writes nothing', async () => {
    const id = newId();
    await pipeline.execute(TrainingAggregate, { id, command: open(2), metadata });
    const command = jest.fn(() => enrol('ani'));
    const decide = jest.spyOn(TrainingAggregate.decider, 'decide');
    try {
      const attempt = pipeline.execute(TrainingAggregate, { id, command, metadata, expectedRevision: 3 });
      await expect(attempt).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(attempt).rejects.toMatchObject({ stream: `training-${id}`, expected: 3, actual: 0 });
      // The command is built first (its not-found / tenancy checks answer before a stale If-Match), but never decided.
      expect(command).toHaveBeenCalledTimes(1);
      expect(decide).not.toHaveBeenCalled();
      expect(await types(id)).toEqual(['TrainingOpened']);
      const ok = await pipeline.execute(TrainingAggregate, { id, command, metadata, expectedRevision: 0 });
      expect(ok.revision).toBe(1);
      expect(decide).toHaveBeenCalledTimes(1);
    } finally {
      decide.mockRestore();
    }
  });

  it('writes nothing when the command or the decision throws', async () => {
    const id = newId();
    await pipeline.execute(TrainingAggregate, { id, command: open(1), metadata });
    await pipeline.execute(TrainingAggregate, { id, command: enrol('ani'), metadata });
    const forbidden = new Error('bukan dinas Anda');
    await expect(
      pipeline.execute(TrainingAggregate, { id, command: () => { throw forbidden; }, metadata }),
    ).rejects.toBe(forbidden);
    await expect(pipeline.execute(TrainingAggregate, { id, command: enrol('budi'), metadata })).rejects.toMatchObject({ code: 'TRAINING_FULL' });
    await expect(pipeline.execute(TrainingAggregate, { id: newId(), command: enrol('budi'), metadata })).rejects.toMatchObject({ code: 'TRAINING_NOT_FOUND' });
    expect(await types(id)).toEqual(['TrainingOpened', 'ParticipantEnrolled']);
  });

  it('re-decides against newer state on concurrency conflicts when the command allows retries', async () => {
    const id = newId();
    await pipeline.execute(TrainingAggregate, { id, command: open(5), metadata });
    const participants = Array.from({ length: 8 }, (_, i) => `peserta-${i}`);
    const outcomes = await Promise.allSettled(
      participants.map((p) => pipeline.execute(TrainingAggregate, { id, command: enrol(p), metadata, retries: 20 })),
    );
    const refused = outcomes.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(5);
    expect(refused).toHaveLength(3);
    // Every loser lost to the rule, decided against the state the winners left, not to a conflict.
    for (const r of refused) expect(isDomainError(r.reason) && r.reason.code).toBe('TRAINING_FULL');
    const { state, revision } = await pipeline.load(TrainingAggregate, id);
    expect(revision).toBe(5);
    expect(state.stage === 'open' && state.enrolled).toHaveLength(5);

    const other = newId();
    await pipeline.execute(TrainingAggregate, { id: other, command: open(5), metadata });
    const noRetries = await Promise.allSettled(
      participants.slice(0, 4).map((p) => pipeline.execute(TrainingAggregate, { id: other, command: enrol(p), metadata })),
    );
    const conflicts = noRetries.filter((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(conflicts.length).toBeGreaterThan(0);
    for (const c of conflicts) expect(c.reason).toBeInstanceOf(WrongExpectedRevisionError);
  });

  it('appends `also` events in the same append, right after the decided ones', async () => {
    const id = newId();
    const outcome = await pipeline.execute(TrainingAggregate, {
      id,
      command: open(3),
      metadata,
      also: (events, before, after) => [{ type: 'TrainingAudit', data: { decided: events.map((e) => e.type), from: before.stage, to: after.stage } }],
    });
    expect(outcome.events.map((e) => e.type)).toEqual(['TrainingOpened']);
    expect(outcome.revision).toBe(1);
    const stored = await store.readStream(outcome.stream);
    expect(stored.map((e) => [e.revision, e.type])).toEqual([[0, 'TrainingOpened'], [1, 'TrainingAudit']]);
    expect(stored[1].data).toEqual({ decided: ['TrainingOpened'], from: 'none', to: 'open' });
    expect(stored[0].position.commit).toBe(stored[1].position.commit);
  });

  describe('event versions', () => {
    const raw = (type: string, schemaVersion: number, data: unknown) => ({ type, schemaVersion, data, metadata });

    it('loads events stored in an old schema version through the upcasters and decides on them', async () => {
      const id = newId();
      await store.append(TrainingAggregate.stream(id), [raw('TrainingOpened', 1, { kursi: 1, at }), raw('ParticipantEnrolled', 1, { participant: 'ani', at })]);
      const loaded = await pipeline.load(TrainingAggregate, id);
      expect(loaded.state).toEqual({ stage: 'open', seats: 1, enrolled: ['ani'] });
      expect(loaded.events[0]).toEqual({ type: 'TrainingOpened', data: { seats: 1, at } });
      await expect(pipeline.execute(TrainingAggregate, { id, command: enrol('budi'), metadata })).rejects.toMatchObject({ code: 'TRAINING_FULL' });
    });

    it('writes the current schema version of each decided event; `also` events of other types take the option or 1', async () => {
      const id = newId();
      const outcome = await pipeline.execute(TrainingAggregate, {
        id,
        command: open(2),
        metadata,
        also: () => [{ type: 'TrainingAudit', data: {} }, { type: 'ParticipantEnrolled', data: { participant: 'panitia', at } }],
      });
      const versions = (await store.readStream(outcome.stream)).map((e) => [e.type, e.schemaVersion]);
      expect(versions).toEqual([['TrainingOpened', 2], ['TrainingAudit', 1], ['ParticipantEnrolled', 1]]);
      const other = newId();
      await pipeline.execute(TrainingAggregate, { id: other, command: open(2), metadata, also: () => [{ type: 'TrainingAudit', data: {} }], schemaVersion: () => 4 });
      expect((await store.readStream(TrainingAggregate.stream(other))).map((e) => e.schemaVersion)).toEqual([2, 4]);
    });

    it('refuses to load a stream holding an unknown type or an unreadable version, naming type, version, stream and event', async () => {
      const unknown = newId();
      const stray = { ...raw('TrainingCancelled', 1, {}), id: '6f1d7a40-3a8e-4d2e-9b55-0c2b7a9e0001' };
      await store.append(TrainingAggregate.stream(unknown), [raw('TrainingOpened', 2, { seats: 1, at }), stray]);
      const loadUnknown = pipeline.load(TrainingAggregate, unknown);
      await expect(loadUnknown).rejects.toBeInstanceOf(UnknownEventTypeError);
      await expect(loadUnknown).rejects.toMatchObject({ type: 'TrainingCancelled', version: 1, stream: `training-${unknown}`, eventId: stray.id });
      await expect(pipeline.execute(TrainingAggregate, { id: unknown, command: enrol('ani'), metadata })).rejects.toBeInstanceOf(UnknownEventTypeError);
      expect(await types(unknown)).toEqual(['TrainingOpened', 'TrainingCancelled']);

      const newer = newId();
      await store.append(TrainingAggregate.stream(newer), [raw('TrainingOpened', 3, { seats: 1, at })]);
      await expect(pipeline.load(TrainingAggregate, newer)).rejects.toBeInstanceOf(UnsupportedEventVersionError);
      await expect(pipeline.load(TrainingAggregate, newer)).rejects.toMatchObject({ type: 'TrainingOpened', version: 3, currentVersion: 2, stream: `training-${newer}` });
    });
  });

  describe('in a unit of work', () => {
    const enrolBoth = (a: string, b: string, participant: string) =>
      store.unitOfWork(async (unitOfWork) => {
        const first = await pipeline.execute(TrainingAggregate, { id: a, command: enrol(participant), metadata, unitOfWork });
        const second = await pipeline.execute(TrainingAggregate, { id: b, command: enrol(participant), metadata, unitOfWork });
        return [first.revision, second.revision];
      });

    it('writes two aggregates together, or neither when the second refuses', async () => {
      const [a, b] = [newId(), newId()];
      await pipeline.execute(TrainingAggregate, { id: a, command: open(2), metadata });
      await pipeline.execute(TrainingAggregate, { id: b, command: open(1), metadata });
      expect(await enrolBoth(a, b, 'ani')).toEqual([1, 1]);
      await expect(enrolBoth(a, b, 'budi')).rejects.toMatchObject({ code: 'TRAINING_FULL' });
      expect(await types(a)).toEqual(['TrainingOpened', 'ParticipantEnrolled']);
      expect(await types(b)).toEqual(['TrainingOpened', 'ParticipantEnrolled']);
    });

    it('decides against the unit\'s own uncommitted events', async () => {
      const id = newId();
      const revisions = await store.unitOfWork(async (unitOfWork) => {
        await pipeline.execute(TrainingAggregate, { id, command: open(1), metadata, create: true, unitOfWork });
        const first = await pipeline.execute(TrainingAggregate, { id, command: enrol('ani'), metadata, unitOfWork });
        await expect(pipeline.execute(TrainingAggregate, { id, command: enrol('budi'), metadata, unitOfWork })).rejects.toMatchObject({
          code: 'TRAINING_FULL',
        });
        return first.revision;
      });
      expect(revisions).toBe(1);
      expect(await types(id)).toEqual(['TrainingOpened', 'ParticipantEnrolled']);
    });

    it('leaves a transaction order conflict to the unit, whose retries re-run the whole work', async () => {
      const [a, b] = [newId(), newId()];
      await pipeline.execute(TrainingAggregate, { id: a, command: open(5), metadata });
      await pipeline.execute(TrainingAggregate, { id: b, command: open(5), metadata });
      let runs = 0;
      await store.unitOfWork(
        async (unitOfWork) => {
          runs += 1;
          await pipeline.execute(TrainingAggregate, { id: a, command: enrol(`run-${runs}`), metadata, unitOfWork });
          // A younger transaction writes b after this one began writing: appending b here is out of order.
          if (runs === 1) await pipeline.execute(TrainingAggregate, { id: b, command: enrol('elsewhere'), metadata });
          await pipeline.execute(TrainingAggregate, { id: b, command: enrol(`run-${runs}`), metadata, unitOfWork, retries: 5 });
        },
        { retries: 1 },
      ).catch((error: unknown) => {
        throw error instanceof TransactionOrderConflictError ? new Error('the unit should have retried') : error;
      });
      expect(runs).toBe(2);
      const loadedA = await pipeline.load(TrainingAggregate, a);
      const loadedB = await pipeline.load(TrainingAggregate, b);
      expect(loadedA.state.stage === 'open' && loadedA.state.enrolled).toEqual(['run-2']);
      expect(loadedB.state.stage === 'open' && loadedB.state.enrolled).toEqual(['elsewhere', 'run-2']);
    });
  });
});
