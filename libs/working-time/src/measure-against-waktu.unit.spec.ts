import type { Waktu } from '@jejak/contracts';
import { measureAgainstWaktu } from './measure-against-waktu';
import { at, wibCalendar } from './testing/calendar.fixtures';

const waktu = (raw: string, min: number | null, max: number | null, unit: Waktu['unit'], ceiling = false): Waktu => ({ raw, min, max, unit, ceiling });

describe('measureAgainstWaktu', () => {
  const calendar = wibCalendar();

  it('"1 hari" started Monday 10:00 and finished Tuesday 09:59 is on time', () => {
    // 509 office minutes of the 510-minute span to Tuesday 10:00.
    const result = measureAgainstWaktu(calendar, at('2025-03-03T10:00'), at('2025-03-04T09:59'), waktu('1 hari', 1, 1, 'hari'));
    expect(result).toMatchObject({ standard: { amount: 1, unit: 'hari' }, onTime: true, overBy: { amount: 0, unit: 'hari' }, overByOfficeMinutes: 0 });
    expect(result.actual).toEqual({ amount: 0.998, unit: 'hari' });
    expect(result.due?.toISOString()).toBe(at('2025-03-04T10:00'));
  });

  it('"1 hari" finished Tuesday 12:00 is late by 120 office minutes = 120/510 hari', () => {
    const result = measureAgainstWaktu(calendar, at('2025-03-03T10:00'), at('2025-03-04T12:00'), waktu('1 hari', 1, 1, 'hari'));
    expect(result).toMatchObject({ onTime: false, actual: { amount: 1.2353, unit: 'hari' }, overBy: { amount: 0.2353, unit: 'hari' }, overByOfficeMinutes: 120 });
    expect(result.duration).toEqual({ officeMinutes: 630, workingDays: 1.2353 });
  });

  it('is on time when finished after closing on the due day (no office minute passed after the due)', () => {
    // Started Mon 07:00: due Mon 16:00; finished Mon 18:00.
    const result = measureAgainstWaktu(calendar, at('2025-03-03T07:00'), at('2025-03-03T18:00'), waktu('1 hari', 1, 1, 'hari'));
    expect(result).toMatchObject({ onTime: true, actual: { amount: 1, unit: 'hari' }, overByOfficeMinutes: 0 });
  });

  it('uses the upper bound of a range: "2-4 hari"', () => {
    // Mon 10:00 -> Fri 09:00: due Fri 10:00 (4 hari). Whole days 3 (Thu 10:00), then Thu 10:00-Fri 09:00 = 360 + 90 = 450
    // of the 360 + 150 = 510 minutes to Fri 10:00.
    const result = measureAgainstWaktu(calendar, at('2025-03-03T10:00'), at('2025-03-07T09:00'), waktu('2-4 hari', 2, 4, 'hari'));
    expect(result).toMatchObject({ standard: { amount: 4, unit: 'hari' }, onTime: true, actual: { amount: 3.8824, unit: 'hari' } });
  });

  it('uses the ceiling: "Maksimal 1 hari" across 17 Agustus', () => {
    // Fri 14 Aug 2026 10:00 -> due Tue 18 Aug 10:00; finished Tue 18 Aug 11:00 = 60 minutes late.
    const result = measureAgainstWaktu(calendar, at('2026-08-14T10:00'), at('2026-08-18T11:00'), waktu('Maksimal 1 hari', null, 1, 'hari', true));
    expect(result).toMatchObject({ standard: { amount: 1, unit: 'hari' }, onTime: false, overByOfficeMinutes: 60 });
    expect(result.due?.toISOString()).toBe(at('2026-08-18T10:00'));
  });

  it('"15 Menit" from Thursday 15:50 to Friday 07:40 is 20 office minutes: late by 5', () => {
    const result = measureAgainstWaktu(calendar, at('2025-03-06T15:50'), at('2025-03-07T07:40'), waktu('15 Menit', 15, 15, 'menit'));
    expect(result).toMatchObject({ actual: { amount: 20, unit: 'menit' }, onTime: false, overBy: { amount: 5, unit: 'menit' }, overByOfficeMinutes: 5 });
    expect(result.due?.toISOString()).toBe(at('2025-03-07T07:35'));
  });

  it('"1 jam" measured in hours of office time', () => {
    // Mon 15:30-16:00 = 30 and Tue 07:30-08:00 = 30: exactly 1 jam, on time.
    const result = measureAgainstWaktu(calendar, at('2025-03-03T15:30'), at('2025-03-04T08:00'), waktu('1 jam', 1, 1, 'jam'));
    expect(result).toMatchObject({ actual: { amount: 1, unit: 'jam' }, onTime: true, overBy: { amount: 0, unit: 'jam' } });
  });

  it('"2 Minggu" compares 10 working days', () => {
    // Mon 3 Mar 10:00 -> due Mon 17 Mar 10:00; finished Tue 18 Mar 10:00 = 11 working days = 2.2 minggu.
    const result = measureAgainstWaktu(calendar, at('2025-03-03T10:00'), at('2025-03-18T10:00'), waktu('2 Minggu', 2, 2, 'minggu'));
    expect(result).toMatchObject({ actual: { amount: 2.2, unit: 'minggu' }, onTime: false, overBy: { amount: 0.2, unit: 'minggu' }, overByOfficeMinutes: 510 });
  });

  it('"6 bulan" counts calendar months across the end of February', () => {
    // 31 Aug 2025 10:00 + 6 bulan = 28 Feb 2026 10:00. Finished 2 Mar 2026 10:00: 2 days into the 31-day
    // month from 28 Feb to 31 Mar: 6 + 2/31 = 6.0645.
    const result = measureAgainstWaktu(calendar, at('2025-08-31T10:00'), at('2026-03-02T10:00'), waktu('6 bulan', 6, 6, 'bulan'));
    expect(result).toMatchObject({ actual: { amount: 6.0645, unit: 'bulan' }, onTime: false, overBy: { amount: 0.0645, unit: 'bulan' } });
    expect(result.due?.toISOString()).toBe(at('2026-02-28T10:00'));
  });

  it('has no standard for "Menyesuaikan": actual in office minutes, onTime null', () => {
    const result = measureAgainstWaktu(calendar, at('2025-03-03T10:00'), at('2025-03-04T10:00'), waktu('Menyesuaikan', null, null, null));
    expect(result).toEqual({
      standard: null,
      actual: { amount: 510, unit: 'menit' },
      onTime: null,
      overBy: null,
      overByOfficeMinutes: null,
      due: null,
      duration: { officeMinutes: 510, workingDays: 1 },
    });
  });
});
