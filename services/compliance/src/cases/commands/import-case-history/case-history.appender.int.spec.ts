import { InMemoryEventStore, PostgresEventStore, WrongExpectedRevisionError, type EventMetadata, type EventStore } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { caseStarted, wib } from '../../../domain/testing/case-events.builder';
import { appendImportedCases } from './case-history.appender';

const metadata: EventMetadata = { tenant: '61', actor: { userId: 'u-kasi', role: 'KASI' }, correlationId: 'import-1', causationId: null };
const imported = (caseId: string) => ({ caseId, events: [caseStarted(wib('2025-03-03T08:00'), { caseId })] });

describe.each([
  ['in-memory', async () => ({ store: new InMemoryEventStore() as EventStore, done: async () => undefined })],
  [
    'PostgreSQL',
    async () => {
      const db: TestDatabase = await createTestDatabase('history_appender');
      const store = await PostgresEventStore.create(db.pool, { schema: 'compliance_es' });
      return { store: store as EventStore, done: () => db.drop() };
    },
  ],
])('appendImportedCases on the %s event store', (_name, open) => {
  let store: EventStore;
  let done: () => Promise<void>;

  beforeEach(async () => {
    ({ store, done } = await open());
  });

  afterEach(async () => {
    await store.close();
    await done();
  });

  it('creates every case of the file', async () => {
    await appendImportedCases(store, [imported('a'), imported('b'), imported('c')], metadata);
    for (const id of ['a', 'b', 'c']) expect((await store.readStream(`case-${id}`)).map((e) => e.type)).toEqual(['CaseStarted']);
  });

  it('creates none of them when one case already exists (all or nothing across the case streams)', async () => {
    await appendImportedCases(store, [imported('b')], metadata);
    await expect(appendImportedCases(store, [imported('a'), imported('b'), imported('c')], metadata)).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await store.readStream('case-a')).toEqual([]);
    expect(await store.readStream('case-c')).toEqual([]);
    expect(await store.readStream('case-b')).toHaveLength(1);
  });
});
