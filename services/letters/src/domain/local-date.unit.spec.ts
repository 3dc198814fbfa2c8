import { isIsoDate, isIsoInstant, localDate } from './local-date';

describe('localDate', () => {
  it("gives the dinas's calendar date, not UTC's", () => {
    const instant = new Date('2024-03-31T17:30:00.000Z');
    expect(localDate(instant, 0).iso).toBe('2024-03-31');
    expect(localDate(instant, 420)).toEqual({ year: 2024, month: 4, day: 1, iso: '2024-04-01' }); // WIB
    expect(localDate(new Date('2024-03-31T15:30:00.000Z'), 540).iso).toBe('2024-04-01'); // WIT
    expect(localDate(new Date('2024-03-31T15:30:00.000Z'), 420).iso).toBe('2024-03-31');
  });

  it('recognises real dates and instants only', () => {
    expect(['2024-02-29', '2024-12-31'].map(isIsoDate)).toEqual([true, true]);
    expect(['2023-02-29', '2024-13-01', '2024-4-1', 20240401].map(isIsoDate)).toEqual([false, false, false, false]);
    expect(['2024-04-01T02:00:00.000Z', '2024-04-01T09:00:00+07:00'].map(isIsoInstant)).toEqual([true, true]);
    expect(['2024-04-01', '2024-04-01T09:00:00', 'kemarin'].map(isIsoInstant)).toEqual([false, false, false]);
  });
});
