import { PostgresEventStore, WrongExpectedRevisionError } from '@jejak/event-store';
import { createTestDatabase, type TestDatabase } from '@jejak/postgres/testing';
import { caseFactsFrom, type CaseEvent } from '../../src/domain';
import { countStoredEvents, dropEventStore, writeSimulation } from './simulation-writer';
import { fixtureInput } from './testing/simulation.fixtures';
import { simulateYear } from './year-simulator';

describe('writeSimulation (PostgreSQL)', () => {
  let db: TestDatabase;
  const simulation = simulateYear(fixtureInput('writer', 0.5));

  beforeAll(async () => {
    db = await createTestDatabase('simulate');
  });

  afterAll(async () => {
    await db.drop();
  });

  it('appends the simulated log to compliance_es, in order, recorded at the simulated instants', async () => {
    expect(await countStoredEvents(db.pool)).toBe(0);
    const progress: number[] = [];
    const result = await writeSimulation(db.pool, simulation.appends, { batchSize: 200, onProgress: (done) => progress.push(done) });
    expect(result).toMatchObject({ appends: simulation.appends.length, events: simulation.events });
    expect(progress[progress.length - 1]).toBe(simulation.appends.length);
    expect(await countStoredEvents(db.pool)).toBe(simulation.events);

    const store = new PostgresEventStore(db.pool, 'compliance_es');
    const all = await store.readAll({ maxCount: simulation.events + 1 });
    expect(all.map((e) => e.id)).toEqual(simulation.appends.flatMap((a) => a.events.map((e) => e.id)));
    const expectedAt = simulation.appends.flatMap((a) => a.events.map(() => a.at));
    expect(all.map((e) => e.recordedAt.toISOString())).toEqual(expectedAt);

    const caseId = simulation.cases[0].caseId;
    const stream = await store.readStream(`case-${caseId}`);
    expect(stream[0]).toMatchObject({ type: 'CaseStarted', tenant: simulation.cases[0].tenant, revision: 0 });
    const facts = caseFactsFrom(stream.map((e) => ({ type: e.type, data: e.data }) as CaseEvent));
    expect(facts.caseId).toBe(caseId);
    await store.close();
  });

  it('refuses to write the same simulation twice into the same store', async () => {
    await expect(writeSimulation(db.pool, simulation.appends.slice(0, 5))).rejects.toBeInstanceOf(WrongExpectedRevisionError);
    expect(await countStoredEvents(db.pool)).toBe(simulation.events);
  });

  it('drops the store for a fresh run', async () => {
    await dropEventStore(db.pool);
    expect(await countStoredEvents(db.pool)).toBe(0);
  });
});
