import { createDinasCalendar } from './dinas-calendar.validator';
import { measureAgainstWaktu } from './measure-against-waktu';
import { frozenCalendar } from './office-time.engine';
import { workingDuration } from './working-duration';

const waktu = { raw: '1 hari', min: 1, max: 1, unit: 'hari' as const, ceiling: false };

describe('frozenCalendar', () => {
  it('is a deep-frozen copy that measures exactly as the calendar it copies', () => {
    const calendar = createDinasCalendar({ timeZone: 'WIB' });
    const frozen = frozenCalendar(calendar);
    expect(frozen).toEqual(calendar);
    expect(frozen).not.toBe(calendar);
    expect(Object.isFrozen(frozen.holidays[0].holidays[0])).toBe(true);
    expect(frozenCalendar(frozen)).toBe(frozen);
    const [start, end] = ['2025-03-03T03:00:00.000Z', '2025-03-04T05:00:00.000Z'];
    expect(measureAgainstWaktu(frozen, start, end, waktu)).toEqual(measureAgainstWaktu(calendar, start, end, waktu));
  });

  it('still sees a change made to a calendar that is not frozen', () => {
    const calendar = createDinasCalendar({ timeZone: 'WIB', holidays: [] });
    // Mon 3 March 2025 10:00 to Wed 5 March 10:00 WIB: two working days...
    expect(workingDuration(calendar, '2025-03-03T03:00:00.000Z', '2025-03-05T03:00:00.000Z').workingDays).toBe(2);
    // ...and one once Tuesday is a holiday.
    calendar.holidays.push({ year: 2025, source: 'uji', holidays: [{ date: '2025-03-04', name: 'Libur daerah', kind: 'libur_nasional' }] });
    expect(workingDuration(calendar, '2025-03-03T03:00:00.000Z', '2025-03-05T03:00:00.000Z').workingDays).toBe(1);
  });
});
