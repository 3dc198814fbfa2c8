import { jsonEvent, type AllStreamRecordedEvent } from '@kurrent/kurrentdb-client';
import type { NewEvent } from '../event-store.port';
import { fromCurrentState, fromKurrentEvent, isSystemEvent, toKurrentData, toKurrentMetadata, toStreamState } from './kurrentdb-event.mapper';

const newEvent: NewEvent = {
  id: '3b0f9a3e-3c55-4c1b-9a45-8f1b2d8f5a10',
  type: 'SopPublished',
  schemaVersion: 2,
  data: { sopId: 'sop-1', langkah: ['a', 'b'] },
  metadata: {
    tenant: '35.01',
    actor: { userId: 'u-9', role: 'kadis', name: 'Dewi' },
    correlationId: 'c-1',
    causationId: 'e-0',
  },
};

describe('KurrentDB event mapping', () => {
  it('stores metadata as a flat object of strings with KurrentDB correlation conventions', () => {
    expect(toKurrentMetadata(newEvent)).toEqual({
      $correlationId: 'c-1',
      $causationId: 'e-0',
      tenant: '35.01',
      actorUserId: 'u-9',
      actorRole: 'kadis',
      actorName: 'Dewi',
      schemaVersion: '2',
    });
    const bare = toKurrentMetadata({ ...newEvent, schemaVersion: undefined, metadata: { ...newEvent.metadata, causationId: null, actor: { userId: 'u', role: 'r' } } });
    expect(bare).toEqual({ $correlationId: 'c-1', tenant: '35.01', actorUserId: 'u', actorRole: 'r', schemaVersion: '1' });
  });

  it('round-trips an event written with jsonEvent back into a RecordedEvent', () => {
    const written = jsonEvent({ id: newEvent.id, type: newEvent.type, data: toKurrentData(newEvent.data), metadata: { ...toKurrentMetadata(newEvent) } });
    expect(written.contentType).toBe('application/json');
    // What the client hands back for that event when read from $all.
    const created = new Date('2024-05-01T01:02:03.000Z');
    const read: AllStreamRecordedEvent = {
      streamId: 'sop-1',
      id: written.id,
      isJson: true,
      revision: 4n,
      type: written.type,
      created,
      data: written.data,
      metadata: JSON.parse(JSON.stringify(written.metadata)),
      position: { commit: 9007199254740995n, prepare: 9007199254740990n },
    };
    expect(fromKurrentEvent(read)).toEqual({
      id: newEvent.id,
      stream: 'sop-1',
      revision: 4,
      position: { commit: 9007199254740995n, prepare: 9007199254740990n },
      type: 'SopPublished',
      schemaVersion: 2,
      tenant: '35.01',
      actor: { userId: 'u-9', role: 'kadis', name: 'Dewi' },
      correlationId: 'c-1',
      causationId: 'e-0',
      recordedAt: created,
      data: { sopId: 'sop-1', langkah: ['a', 'b'] },
    });
  });

  it('decodes JSON carried as binary data', () => {
    const read: AllStreamRecordedEvent = {
      streamId: 's',
      id: 'x',
      isJson: false,
      revision: 0n,
      type: 'T',
      created: new Date(0),
      data: Buffer.from('{"a":1}'),
      metadata: undefined,
      position: { commit: 1n, prepare: 1n },
    };
    expect(fromKurrentEvent(read)).toMatchObject({ data: { a: 1 }, causationId: null, schemaVersion: 1, tenant: '' });
  });

  it('maps expected revisions and current stream states', () => {
    expect(toStreamState('any')).toBe('any');
    expect(toStreamState('no_stream')).toBe('no_stream');
    expect(toStreamState(7)).toBe(7n);
    expect(fromCurrentState('no_stream')).toBe('no_stream');
    expect(fromCurrentState(-5n)).toBe('no_stream');
    expect(fromCurrentState(12n)).toBe(12);
  });

  it('recognises system events by type or stream', () => {
    expect(isSystemEvent({ type: '$metadata', streamId: 'sop-1' })).toBe(true);
    expect(isSystemEvent({ type: 'SopDrafted', streamId: '$stats-127.0.0.1:2113' })).toBe(true);
    expect(isSystemEvent({ type: 'SopDrafted', streamId: 'sop-1' })).toBe(false);
  });
});
