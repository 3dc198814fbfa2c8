import type { DinasCalendar, Hari, HolidayKind, HolidayYear, OfficeHours } from './dinas-calendar';
import { INDONESIAN_HOLIDAYS_2024_2026 } from './holidays-indonesia.data';

/**
 * Default office hours: Monday-Thursday 07:30-16:00, Friday 07:30-16:30, no break.
 * This is a default only. Many regions set their own hours by Perkada. Note: the national rule for ASN
 * is 37.5 hours a week (Perpres 21/2023). These hours, without a break, make 43 hours, so a dinas that
 * counts a break (e.g. 12:00-13:00, on Friday 11:30-13:00) sets it in `break`. UNVERIFIED per region.
 */
export const DEFAULT_OFFICE_HOURS: Readonly<Partial<Record<Hari, OfficeHours>>> = {
  senin: { start: '07:30', end: '16:00' },
  selasa: { start: '07:30', end: '16:00' },
  rabu: { start: '07:30', end: '16:00' },
  kamis: { start: '07:30', end: '16:00' },
  jumat: { start: '07:30', end: '16:30' },
};

export const DEFAULT_WORKING_DAYS: readonly Hari[] = ['senin', 'selasa', 'rabu', 'kamis', 'jumat'];

/** By default both libur nasional and cuti bersama close the office. */
export const DEFAULT_CLOSED_ON: readonly HolidayKind[] = ['libur_nasional', 'cuti_bersama'];

/** A full default calendar in WIB. Copy it and override what the dinas differs in. */
export function defaultDinasCalendar(): DinasCalendar {
  return {
    timeZone: 'Asia/Jakarta',
    workingDays: [...DEFAULT_WORKING_DAYS],
    officeHours: structuredClone(DEFAULT_OFFICE_HOURS) as Partial<Record<Hari, OfficeHours>>,
    holidays: structuredClone(INDONESIAN_HOLIDAYS_2024_2026) as HolidayYear[],
    closedOn: [...DEFAULT_CLOSED_ON],
  };
}
