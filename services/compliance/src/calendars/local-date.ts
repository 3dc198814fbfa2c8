import { resolveTimeZone, type DinasCalendar } from '@jejak/working-time';
import { DateTime } from 'luxon';

/** The dinas's local date (`YYYY-MM-DD`) at an instant. */
export const localDateOf = (instant: string | Date, calendar: Pick<DinasCalendar, 'timeZone'>): string =>
  (instant instanceof Date ? DateTime.fromJSDate(instant) : DateTime.fromISO(instant, { zone: 'utc' })).setZone(resolveTimeZone(calendar.timeZone)).toISODate() as string;
