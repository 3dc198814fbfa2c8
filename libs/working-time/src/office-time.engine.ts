import { validationError } from '@jejak/domain-kit';
import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';
import { hariOfIsoWeekday, resolveTimeZone, type DinasCalendar, type Hari, type OfficeHours } from './dinas-calendar';
import { assertValidDinasCalendar, clockMinutes } from './dinas-calendar.validator';

/**
 * Internal engine: turns a calendar into office intervals and walks them. Instants are epoch milliseconds.
 * Not exported from the package; the public functions wrap it.
 */

/** An instant as a Date or an ISO 8601 string with offset (e.g. `2025-03-03T10:00:00+07:00`). */
export type Instant = Date | string;

/** Upper bound on days walked, so a misconfigured calendar can never loop forever (about 30 years). */
const MAX_DAYS_WALKED = 366 * 30;

export interface CompiledCalendar {
  /** The dinas's zone; Indonesian zones as fixed offsets (see `zoneOf`). */
  zone: Zone;
  workingDays: ReadonlySet<Hari>;
  hours: ReadonlyMap<Hari, OfficeHours>;
  closedDates: ReadonlySet<string>;
  /** Office intervals per local day (by the day's start, epoch ms), filled as days are looked at. */
  intervals: Map<number, Array<[number, number]>>;
  /** The zone's offset in ms when it is fixed (every Indonesian zone), else null. */
  fixedOffsetMs: number | null;
  /** Local days (start of day) by their start, epoch ms, for fixed-offset zones. */
  days: Map<number, DateTime>;
}

/**
 * Indonesia has kept UTC+7 (WIB), UTC+8 (WITA) and UTC+9 (WIT) without daylight saving since 1988, so those IANA zones
 * are used as fixed offsets: the same local times, without asking Intl for each instant's offset (the measurement's
 * hot path). Any other zone is used as given.
 */
const FIXED_OFFSET_MINUTES: Readonly<Record<string, number>> = {
  'Asia/Jakarta': 7 * 60,
  'Asia/Pontianak': 7 * 60,
  'Asia/Makassar': 8 * 60,
  'Asia/Jayapura': 9 * 60,
};

export function zoneOf(ianaZone: string): Zone {
  const minutes = FIXED_OFFSET_MINUTES[ianaZone];
  return minutes === undefined ? (IANAZone.create(ianaZone) as Zone) : FixedOffsetZone.instance(minutes);
}

const compiled = new WeakMap<DinasCalendar, { fingerprint: string; compiled: CompiledCalendar }>();

/**
 * Validates and compiles a calendar. Measuring a case compiles its calendar once per step, so the result is kept per
 * calendar object, and used again only while the object still holds the same configuration.
 */
export function compileCalendar(calendar: DinasCalendar): CompiledCalendar {
  const cached = compiled.get(calendar);
  if (cached && frozen.has(calendar)) return cached.compiled;
  const fingerprint = JSON.stringify(calendar);
  if (cached && cached.fingerprint === fingerprint) return cached.compiled;
  const result = compileFresh(calendar);
  compiled.set(calendar, { fingerprint, compiled: result });
  return result;
}

const frozen = new WeakSet<DinasCalendar>();

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/**
 * A deep-frozen copy of a calendar. Compiling a frozen calendar is done once and never checked again (a calendar that
 * may still change is compared with its last compiled configuration on every use), so services that measure many
 * cases against the same dinas calendar freeze it first.
 */
export function frozenCalendar(calendar: DinasCalendar): DinasCalendar {
  if (frozen.has(calendar)) return calendar;
  const copy = deepFreeze(structuredClone(calendar));
  frozen.add(copy);
  return copy;
}

function compileFresh(calendar: DinasCalendar): CompiledCalendar {
  assertValidDinasCalendar(calendar);
  const closedDates = new Set<string>();
  for (const year of calendar.holidays) {
    for (const holiday of year.holidays) if (calendar.closedOn.includes(holiday.kind)) closedDates.add(holiday.date);
  }
  const hours = new Map<Hari, OfficeHours>();
  for (const day of calendar.workingDays) hours.set(day, calendar.officeHours[day] as OfficeHours);
  const zone = zoneOf(resolveTimeZone(calendar.timeZone));
  const fixedOffsetMs = zone.isUniversal ? zone.offset(0) * MINUTE_MS : null;
  return { zone, workingDays: new Set(calendar.workingDays), hours, closedDates, intervals: new Map(), fixedOffsetMs, days: new Map() };
}

export function toMillis(instant: Instant, field: string): number {
  const ms = instant instanceof Date ? instant.getTime() : Date.parse(instant);
  if (Number.isNaN(ms)) throw validationError('INSTANT_INVALID', `${field} is not a valid instant: ${String(instant)}`, [{ field, message: 'not a valid instant' }]);
  return ms;
}

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** The local day starting at `startMs` (fixed-offset zones only), made once per calendar. */
function dayStartingAt(c: CompiledCalendar, startMs: number): DateTime {
  let day = c.days.get(startMs);
  if (!day) {
    day = DateTime.fromMillis(startMs, { zone: c.zone });
    c.days.set(startMs, day);
  }
  return day;
}

/** The local day (its start) an instant falls on. */
export function localDay(c: CompiledCalendar, ms: number): DateTime {
  if (c.fixedOffsetMs === null) return DateTime.fromMillis(ms, { zone: c.zone }).startOf('day');
  const local = ms + c.fixedOffsetMs;
  return dayStartingAt(c, ms - (((local % DAY_MS) + DAY_MS) % DAY_MS));
}

/** The local day after `day`. */
export function nextDay(c: CompiledCalendar, day: DateTime): DateTime {
  return c.fixedOffsetMs === null ? day.plus({ days: 1 }) : dayStartingAt(c, day.toMillis() + DAY_MS);
}

/** Office intervals [start, end) of one local day, in order; empty on a day off or a closing holiday. */
export function officeIntervals(c: CompiledCalendar, day: DateTime): Array<[number, number]> {
  const key = day.toMillis();
  let intervals = c.intervals.get(key);
  if (!intervals) {
    intervals = intervalsOf(c, day);
    c.intervals.set(key, intervals);
  }
  return intervals;
}

function intervalsOf(c: CompiledCalendar, day: DateTime): Array<[number, number]> {
  const hari = hariOfIsoWeekday(day.weekday);
  const hours = c.hours.get(hari);
  if (!c.workingDays.has(hari) || !hours || c.closedDates.has(day.toISODate() as string)) return [];
  const at = (clock: string) => {
    const minutes = clockMinutes(clock);
    return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60, second: 0, millisecond: 0 }).toMillis();
  };
  if (hours.break) return [[at(hours.start), at(hours.break.start)], [at(hours.break.end), at(hours.end)]];
  return [[at(hours.start), at(hours.end)]];
}

export const dayLength = (c: CompiledCalendar, day: DateTime): number => officeIntervals(c, day).reduce((sum, [s, e]) => sum + (e - s), 0);

/** Office milliseconds in [a, b). Zero when b <= a. */
export function officeMsBetween(c: CompiledCalendar, a: number, b: number): number {
  let total = 0;
  let walked = 0;
  for (let day = localDay(c, a); day.toMillis() < b; day = nextDay(c, day)) {
    if (++walked > MAX_DAYS_WALKED) throw new Error('officeMsBetween: range too long');
    for (const [s, e] of officeIntervals(c, day)) total += Math.max(0, Math.min(e, b) - Math.max(s, a));
  }
  return total;
}

/** The earliest instant at which `ms` office milliseconds have passed since `t` (counting starts at the next office time). */
export function addOfficeMs(c: CompiledCalendar, t: number, ms: number): number {
  if (ms <= 0) return t;
  let remaining = ms;
  let day = localDay(c, t);
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked++, day = nextDay(c, day)) {
    for (const [s, e] of officeIntervals(c, day)) {
      if (e <= t) continue;
      const from = Math.max(s, t);
      const available = e - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
  }
  throw new Error('addOfficeMs: no office time found within 30 years; check the calendar');
}

export function nextWorkingDay(c: CompiledCalendar, day: DateTime): DateTime {
  let next = nextDay(c, day);
  for (let walked = 0; walked < MAX_DAYS_WALKED; walked++, next = nextDay(c, next)) {
    if (officeIntervals(c, next).length > 0) return next;
  }
  throw new Error('nextWorkingDay: no working day within 30 years; check the calendar');
}

/** Earliest instant of a working day at which `offset` office ms of that day have passed (0 = opening). */
export function instantAtOffset(c: CompiledCalendar, day: DateTime, offset: number): number {
  const intervals = officeIntervals(c, day);
  let rest = offset;
  for (const [s, e] of intervals) {
    if (rest <= e - s) return s + rest;
    rest -= e - s;
  }
  return intervals[intervals.length - 1][1];
}

/**
 * Where an instant sits in office time: a working day and the office ms of that day already passed.
 * Normalised forward: before opening is offset 0 of that day; at or after closing, or on a day off,
 * it is offset 0 of the next working day.
 */
export function officePosition(c: CompiledCalendar, t: number): { day: DateTime; offset: number } {
  const day = localDay(c, t);
  const intervals = officeIntervals(c, day);
  if (intervals.length > 0 && t < intervals[intervals.length - 1][1]) {
    const offset = intervals.reduce((sum, [s, e]) => sum + Math.max(0, Math.min(e, t) - s), 0);
    return { day, offset };
  }
  return { day: nextWorkingDay(c, day), offset: 0 };
}

/**
 * The due instants of 1, 2, 3, ... working days after `t` (see `addWorkingTime` for the rule), lazily.
 * due(n) is the same office offset on the n-th working day after the start's working day, clamped to that
 * day's length; when the start sits at offset 0 (before opening), due(n) is the close of the (n-1)-th day
 * after, i.e. n full working days.
 */
export function* workingDayDues(c: CompiledCalendar, t: number): Generator<number> {
  const start = officePosition(c, t);
  let previous = start.day;
  for (;;) {
    const current = nextWorkingDay(c, previous);
    if (start.offset === 0) yield instantAtOffset(c, previous, dayLength(c, previous));
    else yield instantAtOffset(c, current, Math.min(start.offset, dayLength(c, current)));
    previous = current;
  }
}

/** The instant `months` calendar months after `t` in the dinas's zone (luxon clamps 31 Jan + 1 -> 28/29 Feb). */
export const plusMonths = (c: CompiledCalendar, t: number, months: number): number =>
  DateTime.fromMillis(t, { zone: c.zone }).plus({ months }).toMillis();
