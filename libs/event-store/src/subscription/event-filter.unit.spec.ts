import { matchesFilter } from './event-filter';

describe('matchesFilter', () => {
  const event = { stream: 'sop-123', type: 'jejak.sop.published.v1' };

  it('passes everything without a filter or with empty lists', () => {
    expect(matchesFilter(undefined, event)).toBe(true);
    expect(matchesFilter({}, event)).toBe(true);
    expect(matchesFilter({ streamPrefixes: [], eventTypes: [] }, event)).toBe(true);
  });

  it('matches stream and type prefixes, and needs both when both are given', () => {
    expect(matchesFilter({ streamPrefixes: ['letter-', 'sop-'] }, event)).toBe(true);
    expect(matchesFilter({ streamPrefixes: ['letter-'] }, event)).toBe(false);
    expect(matchesFilter({ eventTypes: ['jejak.sop.'] }, event)).toBe(true);
    expect(matchesFilter({ eventTypes: ['jejak.letter.'] }, event)).toBe(false);
    expect(matchesFilter({ streamPrefixes: ['sop-'], eventTypes: ['jejak.letter.'] }, event)).toBe(false);
    expect(matchesFilter({ streamPrefixes: ['sop-'], eventTypes: ['jejak.sop.published'] }, event)).toBe(true);
  });
});
