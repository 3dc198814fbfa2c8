import { isWorkingDay } from './calendar-queries';
import { wibCalendar } from './testing/calendar.fixtures';

describe('isWorkingDay', () => {
  const calendar = wibCalendar();

  it('is true on a working weekday and false on a weekend', () => {
    expect([isWorkingDay(calendar, '2025-03-07'), isWorkingDay(calendar, '2025-03-08')]).toEqual([true, false]);
  });

  it('is false on libur nasional and cuti bersama, unless the dinas opens on cuti bersama', () => {
    expect([isWorkingDay(calendar, '2026-08-17'), isWorkingDay(calendar, '2025-04-02')]).toEqual([false, false]);
    expect(isWorkingDay(wibCalendar({ closedOn: ['libur_nasional'] }), '2025-04-02')).toBe(true);
  });

  it('rejects a date that is not YYYY-MM-DD', () => {
    expect(() => isWorkingDay(calendar, '2025-02-30')).toThrow(expect.objectContaining({ code: 'DATE_INVALID' }));
  });
});
