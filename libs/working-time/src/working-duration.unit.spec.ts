import { isDomainError } from '@jejak/domain-kit';
import { createDinasCalendar } from './dinas-calendar.validator';
import { at, wibCalendar } from './testing/calendar.fixtures';
import { workingDuration } from './working-duration';

// Week used below (March 2025, no holidays before the 28th): Mon 3, Tue 4, Wed 5, Thu 6, Fri 7, Sat 8, Sun 9, Mon 10.
// Default hours: Mon-Thu 07:30-16:00 = 510 office minutes; Fri 07:30-16:30 = 540.

describe('workingDuration', () => {
  const calendar = wibCalendar();

  it('counts one working day from Monday 10:00 to Tuesday 10:00', () => {
    // Mon 10:00-16:00 = 360, Tue 07:30-10:00 = 150: 510 office minutes, one full working day.
    expect(workingDuration(calendar, at('2025-03-03T10:00'), at('2025-03-04T10:00'))).toEqual({ officeMinutes: 510, workingDays: 1 });
  });

  it('adds the fraction of the next working-day span after a whole day', () => {
    // 360 + Tue 07:30-12:00 (270) = 630. Whole days: 1 (due Tue 10:00); then 120 of the 510 minutes to Wed 10:00.
    expect(workingDuration(calendar, at('2025-03-03T10:00'), at('2025-03-04T12:00'))).toEqual({ officeMinutes: 630, workingDays: 1.2353 });
  });

  it('does not count time before 07:30', () => {
    // Mon 06:00-09:00: only 07:30-09:00 is office time = 90; 90 of Monday's 510.
    expect(workingDuration(calendar, at('2025-03-03T06:00'), at('2025-03-03T09:00'))).toEqual({ officeMinutes: 90, workingDays: 0.1765 });
  });

  it('does not count time after 16:00', () => {
    // Mon 15:00-18:00: only 15:00-16:00 = 60. The day span from Mon 15:00 is to Tue 15:00 = 60 + 450 = 510.
    expect(workingDuration(calendar, at('2025-03-03T15:00'), at('2025-03-03T18:00'))).toEqual({ officeMinutes: 60, workingDays: 0.1176 });
  });

  it("counts Friday's longer day and skips the weekend", () => {
    // Fri 15:00-16:30 = 90, Sat/Sun 0, Mon 07:30-09:00 = 90: 180.
    // Fri 15:00 is 450 minutes after opening, so one working day is due Mon 15:00; that span is 90 + 450 = 540.
    expect(workingDuration(calendar, at('2025-03-07T15:00'), at('2025-03-10T09:00'))).toEqual({ officeMinutes: 180, workingDays: 0.3333 });
  });

  it('starts counting at the next opening when started after closing', () => {
    // Thu 16:10 is after Thursday's close: counting starts Fri 07:30. Fri 07:30-16:20 = 530 of Friday's 540.
    expect(workingDuration(calendar, at('2025-03-06T16:10'), at('2025-03-07T16:20'))).toEqual({ officeMinutes: 530, workingDays: 0.9815 });
  });

  it('skips 17 Agustus when it falls on a Monday', () => {
    // Fri 14 Aug 2026 10:00-16:30 = 390; Sat, Sun, Mon 17 Aug (holiday) 0; Tue 18 Aug 07:30-10:00 = 150: 540.
    // One working day from Fri 10:00 is Tue 10:00 (the next working day), so exactly 1.
    expect(workingDuration(calendar, at('2026-08-14T10:00'), at('2026-08-18T10:00'))).toEqual({ officeMinutes: 540, workingDays: 1 });
  });

  it('skips Idul Fitri 2025 libur nasional and cuti bersama', () => {
    // Thu 27 Mar 14:00-16:00 = 120. Closed: Fri 28 (cuti bersama Nyepi), Mon 31, Tue 1 Apr (Idul Fitri),
    // Wed 2, Thu 3, Fri 4, Mon 7 (cuti bersama). Tue 8 Apr 07:30-09:00 = 90. Total 210.
    // Thu 14:00 is 390 minutes in; one working day is due Tue 8 Apr 14:00, a span of 120 + 390 = 510: 210/510.
    expect(workingDuration(calendar, at('2025-03-27T14:00'), at('2025-04-08T09:00'))).toEqual({ officeMinutes: 210, workingDays: 0.4118 });
  });

  it('counts cuti bersama as office time when the dinas opens on it', () => {
    // Only libur nasional closes: Fri 28 Mar (cuti bersama) is open 07:30-16:30 = 540, so 120 + 540 + 90 (Wed 2 Apr) ...
    // Thu 27 14:00 to Fri 28 14:00 = 120 + 390 = 510 and exactly one working day.
    const open = wibCalendar({ closedOn: ['libur_nasional'] });
    expect(workingDuration(open, at('2025-03-27T14:00'), at('2025-03-28T14:00'))).toEqual({ officeMinutes: 510, workingDays: 1 });
  });

  it('excludes a configured break', () => {
    // Break 12:00-13:00: Mon 11:00-14:00 is 60 + 60 = 120 office minutes; Monday has 510 - 60 = 450.
    const withBreak = wibCalendar({
      officeHours: {
        senin: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } },
        selasa: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } },
        rabu: { start: '07:30', end: '16:00' },
        kamis: { start: '07:30', end: '16:00' },
        jumat: { start: '07:30', end: '16:30', break: { start: '11:30', end: '13:00' } },
      },
    });
    // Span to Tue 11:00 (same office position): Mon 11:00-16:00 minus break = 240, Tue 07:30-11:00 = 210: 450.
    expect(workingDuration(withBreak, at('2025-03-03T11:00'), at('2025-03-03T14:00'))).toEqual({ officeMinutes: 120, workingDays: 0.2667 });
  });

  describe('time zones: the same instants, read in each zone', () => {
    // 08:30Z = 15:30 WIB = 16:30 WITA = 17:30 WIT; next day 00:30Z = 07:30 WIB = 08:30 WITA = 09:30 WIT.
    const start = '2025-03-03T08:30:00Z';
    const end = '2025-03-04T00:30:00Z';

    it('WIB (Asia/Jakarta): 15:30-16:00 = 30, Tue from 07:30 = 0', () => {
      expect(workingDuration(wibCalendar(), start, end).officeMinutes).toBe(30);
    });

    it('WITA (label): after close on Monday, Tue 07:30-08:30 = 60', () => {
      expect(workingDuration(wibCalendar({ timeZone: 'WITA' }), start, end).officeMinutes).toBe(60);
    });

    it('WIT (Asia/Jayapura): after close on Monday, Tue 07:30-09:30 = 120', () => {
      expect(workingDuration(wibCalendar({ timeZone: 'Asia/Jayapura' }), start, end).officeMinutes).toBe(120);
    });
  });

  it('counts Saturday when the dinas works a six-day week', () => {
    // Sabtu 07:30-12:00 configured: Fri 16:00-16:30 = 30, Sat 07:30-08:30 = 60: 90.
    const sixDays = createDinasCalendar({
      timeZone: 'WIB',
      workingDays: ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu'],
      officeHours: {
        senin: { start: '07:30', end: '16:00' },
        selasa: { start: '07:30', end: '16:00' },
        rabu: { start: '07:30', end: '16:00' },
        kamis: { start: '07:30', end: '16:00' },
        jumat: { start: '07:30', end: '16:30' },
        sabtu: { start: '07:30', end: '12:00' },
      },
    });
    expect(workingDuration(sixDays, at('2025-03-07T16:00'), at('2025-03-08T08:30')).officeMinutes).toBe(90);
  });

  it('is zero over a weekend', () => {
    expect(workingDuration(calendar, at('2025-03-08T09:00'), at('2025-03-09T15:00'))).toEqual({ officeMinutes: 0, workingDays: 0 });
  });

  it('rejects an end before the start', () => {
    expect.assertions(2);
    try {
      workingDuration(calendar, at('2025-03-04T10:00'), at('2025-03-03T10:00'));
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      expect((error as { code: string }).code).toBe('WORKING_TIME_END_BEFORE_START');
    }
  });
});
