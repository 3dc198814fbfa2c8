import { createDinasCalendar } from '../dinas-calendar.validator';
import type { DinasCalendar, HolidayYear } from '../dinas-calendar';

/**
 * Test fixtures: explicit holiday lists, so the hand-worked examples do not depend on the editable default data.
 * Dates as in the SKB 3 Menteri for 2025 (Idul Fitri 1446 H) and 2026 (17 Agustus falls on a Monday).
 */
export const IDUL_FITRI_2025: HolidayYear = {
  year: 2025,
  source: 'test fixture (SKB 3 Menteri 2025)',
  holidays: [
    { date: '2025-03-28', name: 'Cuti bersama Hari Suci Nyepi', kind: 'cuti_bersama' },
    { date: '2025-03-29', name: 'Hari Suci Nyepi', kind: 'libur_nasional' },
    { date: '2025-03-31', name: 'Idul Fitri 1446 H', kind: 'libur_nasional' },
    { date: '2025-04-01', name: 'Idul Fitri 1446 H', kind: 'libur_nasional' },
    { date: '2025-04-02', name: 'Cuti bersama Idul Fitri', kind: 'cuti_bersama' },
    { date: '2025-04-03', name: 'Cuti bersama Idul Fitri', kind: 'cuti_bersama' },
    { date: '2025-04-04', name: 'Cuti bersama Idul Fitri', kind: 'cuti_bersama' },
    { date: '2025-04-07', name: 'Cuti bersama Idul Fitri', kind: 'cuti_bersama' },
  ],
};

export const KEMERDEKAAN_2026: HolidayYear = {
  year: 2026,
  source: 'test fixture',
  holidays: [{ date: '2026-08-17', name: 'Hari Kemerdekaan Republik Indonesia', kind: 'libur_nasional' }],
};

/** Default hours (Mon-Thu 07:30-16:00 = 510 office minutes, Fri 07:30-16:30 = 540), WIB, with the fixtures' holidays. */
export const wibCalendar = (overrides: Partial<DinasCalendar> = {}): DinasCalendar =>
  createDinasCalendar({ timeZone: 'Asia/Jakarta', holidays: [IDUL_FITRI_2025, KEMERDEKAAN_2026], ...overrides });

/** An ISO instant from a local wall-clock time and offset: `at('2025-03-03T10:00')` is 10:00 WIB. */
export const at = (local: string, offset = '+07:00'): string => new Date(`${local}:00${offset}`).toISOString();
