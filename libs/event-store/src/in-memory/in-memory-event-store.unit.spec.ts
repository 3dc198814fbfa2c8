import { FixedClock, SequentialIds } from '@jejak/domain-kit';
import { UnitOfWorkNotSupportedError, WrongExpectedRevisionError } from '../errors';
import { eventStoreContract } from '../testing/event-store.contract';
import { InMemoryEventStore } from './in-memory-event-store';

eventStoreContract('InMemoryEventStore', () => new InMemoryEventStore());

describe('InMemoryEventStore specifics', () => {
  const metadata = { tenant: '35.01', actor: { userId: 'u', role: 'staf' }, correlationId: 'c-1' };

  it('takes recordedAt from the injected clock and ids from the injected generator', async () => {
    const clock = new FixedClock('2024-03-01T02:00:00.000Z');
    const store = new InMemoryEventStore({ clock, ids: new SequentialIds() });
    await store.append('s-1', [{ type: 'A', data: {}, metadata }]);
    clock.advance(60_000);
    await store.append('s-1', [{ type: 'B', data: {}, metadata }]);
    const events = await store.readStream('s-1');
    expect(events.map((e) => [e.id, e.recordedAt.toISOString()])).toEqual([
      ['00000000-0000-4000-8000-000000000001', '2024-03-01T02:00:00.000Z'],
      ['00000000-0000-4000-8000-000000000002', '2024-03-01T02:01:00.000Z'],
    ]);
  });

  it('stores data as JSON does, and never shares objects with callers', async () => {
    const store = new InMemoryEventStore();
    const data = { at: new Date('2024-01-02T03:04:05.000Z'), list: [1] };
    await store.append('s-1', [{ type: 'A', data, metadata }]);
    data.list.push(2);
    const [read] = await store.readStream('s-1');
    expect(read.data).toEqual({ at: '2024-01-02T03:04:05.000Z', list: [1] });
    (read.data as { list: number[] }).list.push(3);
    expect((await store.readStream('s-1'))[0].data).toEqual({ at: '2024-01-02T03:04:05.000Z', list: [1] });
  });

  it('rejects a duplicate event id and writes nothing', async () => {
    const store = new InMemoryEventStore();
    const id = '11111111-1111-4111-8111-111111111111';
    await store.append('s-1', [{ id, type: 'A', data: {}, metadata }]);
    await expect(store.append('s-2', [{ id, type: 'B', data: {}, metadata }])).rejects.toThrow('duplicate event id');
    expect(await store.readStream('s-2')).toEqual([]);
  });

  it('refuses work after close and stops its subscriptions', async () => {
    const store = new InMemoryEventStore();
    const subscription = store.subscribeToAll({ onEvents: async () => undefined });
    await store.close();
    await expect(subscription.caughtUp()).rejects.toThrow('stopped');
    await expect(store.append('s', [{ type: 'A', data: {}, metadata }])).rejects.toThrow('closed');
  });

  describe('unit of work (buffered)', () => {
    it('re-checks every expectation at commit: a writer that moved a stream after the unit appended fails the whole unit', async () => {
      const store = new InMemoryEventStore();
      await store.append('b', [{ type: 'B0', data: {}, metadata }]);
      const unit = store.unitOfWork(async (uow) => {
        await uow.append('a', [{ type: 'A0', data: {}, metadata }], { expectedRevision: 'no_stream' });
        await uow.append('b', [{ type: 'B1', data: {}, metadata }], { expectedRevision: 0 });
        await store.append('b', [{ type: 'Elsewhere', data: {}, metadata }]);
      });
      await expect(unit).rejects.toBeInstanceOf(WrongExpectedRevisionError);
      await expect(unit).rejects.toMatchObject({ stream: 'b', expected: 0, actual: 1 });
      expect(await store.readStream('a')).toEqual([]);
      expect((await store.readStream('b')).map((e) => e.type)).toEqual(['B0', 'Elsewhere']);
    });

    it('keeps the ids it handed out and wakes subscribers once the unit commits', async () => {
      const store = new InMemoryEventStore({ ids: new SequentialIds() });
      const seen: string[] = [];
      const subscription = store.subscribeToAll({ onEvents: async (events) => void seen.push(...events.map((e) => e.type)) });
      await subscription.caughtUp();
      const ids = await store.unitOfWork(async (uow) => {
        await uow.append('a', [{ type: 'A0', data: {}, metadata }]);
        await uow.append('b', [{ type: 'B0', data: {}, metadata }]);
        await subscription.caughtUp();
        expect(seen).toEqual([]);
        return [...(await uow.readStream('a')), ...(await uow.readStream('b'))].map((e) => e.id);
      });
      await subscription.caughtUp();
      expect(seen).toEqual(['A0', 'B0']);
      expect([...(await store.readStream('a')), ...(await store.readStream('b'))].map((e) => e.id)).toEqual(ids);
      await subscription.stop();
    });

    it('cannot join an SQL transaction', async () => {
      const store = new InMemoryEventStore();
      await expect(store.unitOfWork(async () => undefined, { within: { query: jest.fn() } as never })).rejects.toBeInstanceOf(UnitOfWorkNotSupportedError);
    });
  });
});
