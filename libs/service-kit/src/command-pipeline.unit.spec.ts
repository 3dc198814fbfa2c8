import { EventTypeRegistry, UnknownEventTypeError } from '@jejak/domain-kit';
import { InMemoryEventStore, type EventMetadata } from '@jejak/event-store';
import { CommandPipeline, type AggregateType } from './command-pipeline';
import { readWith } from './domain-event';
import { TrainingAggregate, trainingDecider, trainingEventTypes, type TrainingCommand, type TrainingEvent, type TrainingState } from './testing/training.aggregate';

const metadata: EventMetadata = { tenant: '61', actor: { userId: 'u-2', role: 'staf' }, correlationId: 'corr-2' };
const at = '2024-06-03T01:00:00.000Z';

describe('CommandPipeline with event types', () => {
  it('folds events of an old shape after upcasting them (readWith)', async () => {
    const store = new InMemoryEventStore();
    await store.append('training-1', [{ type: 'TrainingOpened', schemaVersion: 1, data: { kursi: 3, at }, metadata }]);
    const read = readWith(trainingEventTypes);
    expect(read((await store.readStream('training-1'))[0])).toEqual({ type: 'TrainingOpened', data: { seats: 3, at } });
    const { state } = await new CommandPipeline(store).load(TrainingAggregate, '1');
    expect(state).toEqual({ stage: 'open', seats: 3, enrolled: [] });
  });

  it('prefers an explicit read over the registry', async () => {
    const store = new InMemoryEventStore();
    await store.append('training-2', [{ type: 'Opened', data: { n: 4 }, metadata }]);
    const legacy: AggregateType<TrainingCommand, TrainingEvent, TrainingState> = {
      ...TrainingAggregate,
      read: (recorded) => ({ type: 'TrainingOpened', data: { seats: (recorded.data as { n: number }).n, at } }),
    };
    expect((await new CommandPipeline(store).load(legacy, '2')).state).toEqual({ stage: 'open', seats: 4, enrolled: [] });
  });

  it('refuses to write a decided event whose type the registry does not know, and writes nothing', async () => {
    const store = new InMemoryEventStore();
    const incomplete: AggregateType<TrainingCommand, TrainingEvent, TrainingState> = {
      name: 'pelatihan',
      stream: (id) => `training-${id}`,
      decider: trainingDecider,
      events: new EventTypeRegistry<TrainingEvent>('pelatihan').register('TrainingOpened', { version: 2, upcasters: { 1: (d) => d } }),
    };
    const pipeline = new CommandPipeline(store);
    await pipeline.execute(incomplete, { id: '3', command: { type: 'OpenTraining', data: { seats: 1, at } }, metadata });
    const enrol = pipeline.execute(incomplete, { id: '3', command: { type: 'Enrol', data: { participant: 'ani', at } }, metadata });
    await expect(enrol).rejects.toBeInstanceOf(UnknownEventTypeError);
    await expect(enrol).rejects.toMatchObject({ type: 'ParticipantEnrolled', stream: 'training-3' });
    expect((await store.readStream('training-3')).map((e) => [e.type, e.schemaVersion])).toEqual([['TrainingOpened', 2]]);
  });
});
