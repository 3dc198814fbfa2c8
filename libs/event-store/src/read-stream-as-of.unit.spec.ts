import { FixedClock } from '@jejak/domain-kit';
import { InMemoryEventStore } from './in-memory/in-memory-event-store';
import { readStreamAsOf } from './read-stream-as-of';

describe('readStreamAsOf', () => {
  const metadata = { tenant: '35.01', actor: { userId: 'u', role: 'auditor' }, correlationId: 'c' };

  it('returns the prefix of the stream recorded at or before the instant, across pages', async () => {
    const clock = new FixedClock('2024-01-01T00:00:00.000Z');
    const store = new InMemoryEventStore({ clock });
    for (let day = 0; day < 7; day += 1) {
      await store.append('sop-1', [{ type: `Day${day}`, data: {}, metadata }]);
      clock.advance(24 * 3600 * 1000);
    }
    const asOf = async (iso: string, page?: number) => (await readStreamAsOf(store, 'sop-1', new Date(iso), page)).map((e) => e.type);
    expect(await asOf('2023-12-31T23:59:59.999Z')).toEqual([]);
    expect(await asOf('2024-01-01T00:00:00.000Z')).toEqual(['Day0']);
    expect(await asOf('2024-01-03T12:00:00.000Z', 2)).toEqual(['Day0', 'Day1', 'Day2']);
    expect(await asOf('2024-01-05T00:00:00.000Z', 1)).toEqual(['Day0', 'Day1', 'Day2', 'Day3', 'Day4']);
    expect(await asOf('2025-01-01T00:00:00.000Z', 3)).toHaveLength(7);
    expect(await readStreamAsOf(store, 'missing', new Date())).toEqual([]);
  });

  it('stops at the first later event, so the result is a state that really existed', async () => {
    const clock = new FixedClock('2024-02-01T00:00:00.000Z');
    const store = new InMemoryEventStore({ clock });
    await store.append('s', [{ type: 'A', data: {}, metadata }]);
    clock.set('2024-02-03T00:00:00.000Z');
    await store.append('s', [{ type: 'B', data: {}, metadata }]);
    clock.set('2024-02-02T00:00:00.000Z'); // a clock that went backwards
    await store.append('s', [{ type: 'C', data: {}, metadata }]);
    expect((await readStreamAsOf(store, 's', new Date('2024-02-02T12:00:00.000Z'))).map((e) => e.type)).toEqual(['A']);
  });
});
