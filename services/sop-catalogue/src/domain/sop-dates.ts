import { DateTime } from 'luxon';
import type { IsoDate } from './sop/sop.events';

/** Indonesian dinas work in WIB, WITA or WIT; Jakarta time unless the tenant says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Jakarta';

/** A real calendar date written `YYYY-MM-DD` (2023-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value, { zone: 'UTC' }).isValid;
}

/**
 * A point in time for an auditor's question: a calendar date (the whole day, in the zone) or an instant.
 * `date` is the calendar day the question is about, `recordedBefore` the exclusive upper bound of recording times.
 */
export interface PointInTime {
  date: IsoDate;
  recordedBefore: number;
}

export function pointInTime(when: string, timeZone: string = DEFAULT_TIME_ZONE): PointInTime {
  if (/^\d{4}-\d{2}-\d{2}$/.test(when)) {
    const day = DateTime.fromISO(when, { zone: timeZone });
    if (!day.isValid) throw new RangeError(`not a calendar date: ${when}`);
    return { date: when, recordedBefore: day.plus({ days: 1 }).startOf('day').toMillis() };
  }
  // An offset in the text wins; a date-time without one is a wall-clock time in the dinas zone (never the server's).
  const instant = DateTime.fromISO(when, { zone: timeZone, setZone: true });
  if (!instant.isValid) throw new RangeError(`not an ISO date or instant: ${when}`);
  return { date: instant.setZone(timeZone).toISODate() as string, recordedBefore: instant.toMillis() + 1 };
}

export const instantMillis = (at: string): number => DateTime.fromISO(at, { setZone: true }).toMillis();

/**
 * The latest calendar date anywhere in Indonesia at an instant (WIT, Asia/Jayapura): a date on or before it is
 * not in the future for any dinas, whatever its zone.
 */
export const LATEST_INDONESIAN_ZONE = 'Asia/Jayapura';
export function calendarDateAt(at: string, timeZone: string = LATEST_INDONESIAN_ZONE): IsoDate {
  return DateTime.fromISO(at, { setZone: true }).setZone(timeZone).toISODate() as string;
}
