import { UnknownEventTypeError, UnsupportedEventVersionError } from '@jejak/domain-kit';
import { CaseAggregate } from './case/case.decider';
import { CASE_EVENT_TYPES } from './case/case.events';
import { DinasCalendarAggregate } from './dinas-calendar/dinas-calendar.decider';
import { SopEvaluationAggregate } from './sop-evaluation/sop-evaluation.decider';

const stored = (type: string, schemaVersion: number) => ({ type, schemaVersion, data: {}, id: 'e-1', stream: 's-1' });

describe('compliance event types', () => {
  it.each([
    ['case', CaseAggregate.events!, [...CASE_EVENT_TYPES]],
    ['dinas calendar', DinasCalendarAggregate.events!, ['DinasCalendarChanged']],
    ['SOP evaluation', SopEvaluationAggregate.events!, ['SopEvaluationAnswered']],
  ])('%s: every type registered at version 1; unknown types and versions fail on load', (_name, registry, types) => {
    expect(registry.names()).toEqual(types);
    expect(types.map((t) => registry.versionOf(t))).toEqual(types.map(() => 1));
    expect(registry.read(stored(types[0], 1)).type).toBe(types[0]);
    expect(() => registry.read(stored('SomethingElse', 1))).toThrow(UnknownEventTypeError);
    expect(() => registry.read(stored(types[0], 2))).toThrow(UnsupportedEventVersionError);
  });
});
