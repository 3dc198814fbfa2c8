import { UnknownEventTypeError, UnsupportedEventVersionError } from '@jejak/domain-kit';
import { SOP_EVENT_TYPES, sopEventTypes } from './sop.events';
import { SopAggregate } from './sop.decider';

const stored = (type: string, schemaVersion: number) => ({ type, schemaVersion, data: { at: '2024-03-01T02:00:00.000Z' }, id: 'e-1', stream: 'sop-s1' });

describe('SOP event types', () => {
  it('registers every SOP event at version 1, and the aggregate reads and writes through them', () => {
    expect(sopEventTypes.names()).toEqual([...SOP_EVENT_TYPES]);
    expect(SOP_EVENT_TYPES.map((t) => sopEventTypes.versionOf(t))).toEqual(SOP_EVENT_TYPES.map(() => 1));
    expect(SopAggregate.events).toBe(sopEventTypes);
    expect(sopEventTypes.read(stored('SopApproved', 1))).toEqual({ type: 'SopApproved', data: { at: '2024-03-01T02:00:00.000Z' } });
  });

  it('refuses an unknown type and an unknown version, naming stream and event', () => {
    expect(() => sopEventTypes.read(stored('SopArchived', 1))).toThrow(UnknownEventTypeError);
    expect(() => sopEventTypes.read(stored('SopApproved', 2))).toThrow(UnsupportedEventVersionError);
    expect(() => sopEventTypes.read(stored('SopApproved', 2))).toThrow(/sop-s1/);
  });
});
