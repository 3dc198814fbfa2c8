import { createDinasCalendar, type DinasCalendar, type TimeZoneLabel } from '@jejak/working-time';

/** Provinces (Kemendagri code) on Waktu Indonesia Tengah and Timur; every other province is on WIB. */
const WITA_PROVINCES = ['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76'];
const WIT_PROVINCES = ['81', '82', '91', '92', '93', '94', '95', '96', '97'];

/** The time zone a dinas is in, from its province: WIB, WITA or WIT. */
export function defaultTimeZoneFor(tenant: string): TimeZoneLabel {
  const province = tenant.slice(0, 2);
  if (WITA_PROVINCES.includes(province)) return 'WITA';
  if (WIT_PROVINCES.includes(province)) return 'WIT';
  return 'WIB';
}

/**
 * The calendar of a dinas whose administrator has not set one: its province's time zone, the default office hours
 * (Mon-Thu 07:30-16:00, Fri 07:30-16:30), Monday-Friday, and the national holidays and cuti bersama 2024-2026.
 */
export function defaultCalendarFor(tenant: string): DinasCalendar {
  return createDinasCalendar({ timeZone: defaultTimeZoneFor(tenant) });
}
