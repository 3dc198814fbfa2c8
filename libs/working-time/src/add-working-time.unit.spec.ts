import { addWorkingTime } from './add-working-time';
import { at, wibCalendar } from './testing/calendar.fixtures';
import { workingDuration } from './working-duration';

// Week: Mon 3 .. Fri 7 March 2025. Mon-Thu 07:30-16:00 (510 min), Fri 07:30-16:30 (540 min), WIB.

describe('addWorkingTime', () => {
  const calendar = wibCalendar();
  const due = (start: string, amount: number, unit: 'menit' | 'jam' | 'hari' | 'minggu' | 'bulan', cal = calendar) =>
    addWorkingTime(cal, start, { amount, unit }).toISOString();

  describe('hari', () => {
    it('a "1 hari" step started Monday 10:00 is due Tuesday 10:00', () => {
      expect(due(at('2025-03-03T10:00'), 1, 'hari')).toBe(at('2025-03-04T10:00'));
    });

    it('keeps the office position into Friday: Thursday 10:00 + 1 hari = Friday 10:00', () => {
      expect(due(at('2025-03-06T10:00'), 1, 'hari')).toBe(at('2025-03-07T10:00'));
    });

    it("clamps to the target day's close: Friday 16:15 (525 min in) + 1 hari = Monday 16:00 (Monday has 510)", () => {
      expect(due(at('2025-03-07T16:15'), 1, 'hari')).toBe(at('2025-03-10T16:00'));
    });

    it('a start before opening gets the whole day: Monday 07:00 + 1 hari = Monday 16:00', () => {
      expect(due(at('2025-03-03T07:00'), 1, 'hari')).toBe(at('2025-03-03T16:00'));
    });

    it('a weekend start counts from Monday opening: Saturday 09:00 + 1 hari = Monday 16:00', () => {
      expect(due(at('2025-03-08T09:00'), 1, 'hari')).toBe(at('2025-03-10T16:00'));
    });

    it('skips 17 Agustus 2026 (Monday): Thursday 13 Aug 11:00 + 2 hari = Tuesday 18 Aug 11:00', () => {
      // Day 1: Fri 14 Aug 11:00. Sat, Sun, Mon 17 Aug closed. Day 2: Tue 18 Aug 11:00.
      expect(due(at('2026-08-13T11:00'), 2, 'hari')).toBe(at('2026-08-18T11:00'));
    });

    it('skips Idul Fitri 2025 libur nasional and cuti bersama: Thursday 27 Mar 14:00 + 1 hari = Tuesday 8 Apr 14:00', () => {
      expect(due(at('2025-03-27T14:00'), 1, 'hari')).toBe(at('2025-04-08T14:00'));
    });

    it('does not skip cuti bersama when only libur nasional closes the office', () => {
      expect(due(at('2025-03-27T14:00'), 1, 'hari', wibCalendar({ closedOn: ['libur_nasional'] }))).toBe(at('2025-03-28T14:00'));
    });

    it('takes a fraction of the next span: 0.5 hari from Monday 07:30 = 255 of 510 minutes = 11:45', () => {
      expect(due(at('2025-03-03T07:30'), 0.5, 'hari')).toBe(at('2025-03-03T11:45'));
    });

    it('is the inverse of workingDuration.workingDays', () => {
      const start = at('2025-03-05T13:20');
      const end = addWorkingTime(calendar, start, { amount: 3, unit: 'hari' });
      // Wed 13:20 + 3 hari = Mon 10 Mar 13:20 (Thu, Fri, Mon).
      expect(end.toISOString()).toBe(at('2025-03-10T13:20'));
      expect(workingDuration(calendar, start, end).workingDays).toBe(3);
    });
  });

  describe('minggu', () => {
    it('"2 Minggu" is 10 working days: Monday 3 Mar 10:00 is due Monday 17 Mar 10:00', () => {
      expect(due(at('2025-03-03T10:00'), 2, 'minggu')).toBe(at('2025-03-17T10:00'));
    });
  });

  describe('menit and jam count office time only', () => {
    it('60 menit from Friday 16:00: 30 on Friday (closes 16:30), 30 on Monday = Monday 08:00', () => {
      expect(due(at('2025-03-07T16:00'), 60, 'menit')).toBe(at('2025-03-10T08:00'));
    });

    it('is due at the close, not the next opening: Thursday 15:30 + 30 menit = Thursday 16:00', () => {
      expect(due(at('2025-03-06T15:30'), 30, 'menit')).toBe(at('2025-03-06T16:00'));
    });

    it('2 jam from Thursday 15:00: 60 on Thursday, 60 on Friday = Friday 08:30', () => {
      expect(due(at('2025-03-06T15:00'), 2, 'jam')).toBe(at('2025-03-07T08:30'));
    });

    it('15 menit started at 06:00 counts from 07:30 = 07:45', () => {
      expect(due(at('2025-03-04T06:00'), 15, 'menit')).toBe(at('2025-03-04T07:45'));
    });

    it('jumps the break: 90 menit from Tuesday 11:00 with a 12:00-13:00 break = 13:30', () => {
      const withBreak = wibCalendar({
        officeHours: {
          senin: { start: '07:30', end: '16:00' },
          selasa: { start: '07:30', end: '16:00', break: { start: '12:00', end: '13:00' } },
          rabu: { start: '07:30', end: '16:00' },
          kamis: { start: '07:30', end: '16:00' },
          jumat: { start: '07:30', end: '16:30' },
        },
      });
      expect(due(at('2025-03-04T11:00'), 90, 'menit', withBreak)).toBe(at('2025-03-04T13:30'));
    });

    it('reads office hours in the dinas zone: 60 menit from 07:00Z', () => {
      // 07:00Z = 14:00 WIB -> 15:00 WIB; = 15:00 WITA -> 16:00 WITA; = 16:00 WIT (closed) -> next day 08:30 WIT.
      expect(due('2025-03-04T07:00:00Z', 60, 'menit')).toBe('2025-03-04T08:00:00.000Z');
      expect(due('2025-03-04T07:00:00Z', 60, 'menit', wibCalendar({ timeZone: 'Asia/Makassar' }))).toBe('2025-03-04T08:00:00.000Z');
      expect(due('2025-03-04T07:00:00Z', 60, 'menit', wibCalendar({ timeZone: 'WIT' }))).toBe(at('2025-03-05T08:30', '+09:00'));
    });
  });

  describe('bulan counts calendar months in the dinas zone', () => {
    it('31 January 2024 + 1 bulan = 29 February 2024 (leap year)', () => {
      expect(due(at('2024-01-31T10:00'), 1, 'bulan')).toBe(at('2024-02-29T10:00'));
    });

    it('31 January 2025 + 1 bulan = 28 February 2025', () => {
      expect(due(at('2025-01-31T10:00'), 1, 'bulan')).toBe(at('2025-02-28T10:00'));
    });

    it('31 March + 1 bulan = 30 April; 30 November 2025 + 2 bulan = 30 January 2026 (across the year end)', () => {
      expect(due(at('2025-03-31T10:00'), 1, 'bulan')).toBe(at('2025-04-30T10:00'));
      expect(due(at('2025-11-30T10:00'), 2, 'bulan')).toBe(at('2026-01-30T10:00'));
    });

    it('"6 bulan" from 31 August 2025 is 28 February 2026, holidays and weekends included', () => {
      expect(due(at('2025-08-31T10:00'), 6, 'bulan')).toBe(at('2026-02-28T10:00'));
    });

    it('uses the local month: 2025-03-30T16:30Z is 30 Mar 23:30 WIB but 31 Mar 00:30 WITA', () => {
      // WIB: 30 Mar + 1 bulan = 30 Apr 23:30 WIB. WITA: 31 Mar + 1 bulan is clamped to 30 Apr 00:30 WITA, a day earlier.
      expect(due('2025-03-30T16:30:00Z', 1, 'bulan')).toBe(at('2025-04-30T23:30'));
      expect(due('2025-03-30T16:30:00Z', 1, 'bulan', wibCalendar({ timeZone: 'WITA' }))).toBe(at('2025-04-30T00:30', '+08:00'));
    });
  });

  it('returns the start for an amount of 0', () => {
    expect(due(at('2025-03-03T10:00'), 0, 'hari')).toBe(at('2025-03-03T10:00'));
  });

  it('rejects a negative amount with WAKTU_AMOUNT_INVALID', () => {
    expect(() => due(at('2025-03-03T10:00'), -1, 'jam')).toThrow(expect.objectContaining({ code: 'WAKTU_AMOUNT_INVALID' }));
  });
});
