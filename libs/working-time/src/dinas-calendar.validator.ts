import { validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { DateTime } from 'luxon';
import { DEFAULT_CLOSED_ON, DEFAULT_OFFICE_HOURS, DEFAULT_WORKING_DAYS } from './dinas-calendar.defaults';
import { INDONESIAN_HOLIDAYS_2024_2026 } from './holidays-indonesia.data';
import {
  HARI,
  HOLIDAY_KINDS,
  INDONESIAN_TIME_ZONES,
  resolveTimeZone,
  type DinasCalendar,
  type Hari,
  type HolidayKind,
  type HolidayYear,
  type OfficeHours,
} from './dinas-calendar';

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Minutes after midnight of a valid `HH:mm`. */
export const clockMinutes = (clock: string): number => {
  const [h, m] = clock.split(':').map(Number);
  return h * 60 + m;
};

const HOLIDAY_FIELDS: ReadonlySet<string> = new Set(['date', 'name', 'kind']);

function checkClockRange(value: unknown, field: string, out: DomainErrorDetail[]): boolean {
  if (!isObject(value)) {
    out.push({ field, message: `${field} must be an object { start: "HH:mm", end: "HH:mm" }` });
    return false;
  }
  let ok = true;
  for (const key of ['start', 'end'] as const) {
    const clock = value[key];
    if (typeof clock !== 'string' || !CLOCK.test(clock)) {
      out.push({ field: `${field}.${key}`, message: `${field}.${key} must be a time "HH:mm" (00:00-23:59), got ${JSON.stringify(clock)}` });
      ok = false;
    }
  }
  if (ok && clockMinutes(value['start'] as string) >= clockMinutes(value['end'] as string)) {
    out.push({ field: `${field}.end`, message: `${field}.end (${String(value['end'])}) must be after ${field}.start (${String(value['start'])})` });
    ok = false;
  }
  return ok;
}

function checkOfficeHours(value: unknown, field: string, out: DomainErrorDetail[]): void {
  if (!checkClockRange(value, field, out)) return;
  const hours = value as unknown as OfficeHours;
  if (hours.break === undefined || hours.break === null) return;
  if (!checkClockRange(hours.break, `${field}.break`, out)) return;
  if (clockMinutes(hours.break.start) <= clockMinutes(hours.start) || clockMinutes(hours.break.end) >= clockMinutes(hours.end)) {
    out.push({
      field: `${field}.break`,
      message: `${field}.break (${hours.break.start}-${hours.break.end}) must lie strictly inside the office hours ${hours.start}-${hours.end}`,
    });
  }
}

/**
 * Checks a calendar configuration and returns every problem, each naming its field
 * (e.g. `officeHours.jumat.end`, `holidays[0].holidays[3].date`). Empty when valid.
 */
export function validateDinasCalendar(input: unknown): DomainErrorDetail[] {
  const out: DomainErrorDetail[] = [];
  if (!isObject(input)) return [{ field: '', message: 'the calendar must be an object' }];

  const timeZone = input['timeZone'];
  if (typeof timeZone !== 'string' || !INDONESIAN_TIME_ZONES.includes(resolveTimeZone(timeZone))) {
    out.push({
      field: 'timeZone',
      message: `timeZone ${JSON.stringify(timeZone)} is not accepted: use WIB (Asia/Jakarta or Asia/Pontianak), WITA (Asia/Makassar) or WIT (Asia/Jayapura)`,
    });
  }

  const workingDays = input['workingDays'];
  const validDays: Hari[] = [];
  if (!Array.isArray(workingDays) || workingDays.length === 0) {
    out.push({ field: 'workingDays', message: 'workingDays must list at least one day (senin..minggu)' });
  } else {
    workingDays.forEach((day, i) => {
      if (!HARI.includes(day as Hari)) {
        out.push({ field: `workingDays[${i}]`, message: `workingDays[${i}] ${JSON.stringify(day)} is not a day; use ${HARI.join(', ')}` });
      } else if (validDays.includes(day as Hari)) {
        out.push({ field: `workingDays[${i}]`, message: `workingDays[${i}] "${day}" is listed twice` });
      } else {
        validDays.push(day as Hari);
      }
    });
  }

  const officeHours = input['officeHours'];
  if (!isObject(officeHours)) {
    out.push({ field: 'officeHours', message: 'officeHours must be an object keyed by day (senin..minggu)' });
  } else {
    for (const [day, hours] of Object.entries(officeHours)) {
      if (!HARI.includes(day as Hari)) {
        out.push({ field: `officeHours.${day}`, message: `officeHours.${day}: "${day}" is not a day; use ${HARI.join(', ')}` });
        continue;
      }
      checkOfficeHours(hours, `officeHours.${day}`, out);
    }
    for (const day of validDays) {
      if (officeHours[day] === undefined) out.push({ field: `officeHours.${day}`, message: `officeHours.${day} is missing but ${day} is a working day` });
    }
  }

  const holidays = input['holidays'];
  if (!Array.isArray(holidays)) {
    out.push({ field: 'holidays', message: 'holidays must be a list of years { year, source, holidays: [...] }' });
  } else {
    const seen = new Map<string, string>();
    holidays.forEach((entry, y) => {
      const field = `holidays[${y}]`;
      if (!isObject(entry)) {
        out.push({ field, message: `${field} must be an object { year, source, holidays }` });
        return;
      }
      const year = entry['year'];
      if (typeof year !== 'number' || !Number.isInteger(year) || year < 1900 || year > 2200) {
        out.push({ field: `${field}.year`, message: `${field}.year must be a whole year, got ${JSON.stringify(year)}` });
      }
      if (typeof entry['source'] !== 'string' || entry['source'].trim() === '') {
        out.push({ field: `${field}.source`, message: `${field}.source must say where the dates come from (e.g. the SKB 3 Menteri)` });
      }
      const list = entry['holidays'];
      if (!Array.isArray(list)) {
        out.push({ field: `${field}.holidays`, message: `${field}.holidays must be a list of { date, name, kind }` });
        return;
      }
      list.forEach((holiday, h) => {
        const hField = `${field}.holidays[${h}]`;
        if (!isObject(holiday)) {
          out.push({ field: hField, message: `${hField} must be an object { date, name, kind }` });
          return;
        }
        for (const key of Object.keys(holiday).filter((k) => !HOLIDAY_FIELDS.has(k))) {
          out.push({ field: `${hField}.${key}`, message: `${hField}.${key} is not a field of a holiday (date, name, kind)` });
        }
        const date = holiday['date'];
        if (typeof date !== 'string' || !ISO_DATE.test(date) || !DateTime.fromISO(date).isValid) {
          out.push({ field: `${hField}.date`, message: `${hField}.date must be a date YYYY-MM-DD, got ${JSON.stringify(date)}` });
        } else {
          if (typeof year === 'number' && Number(date.slice(0, 4)) !== year) {
            out.push({ field: `${hField}.date`, message: `${hField}.date ${date} is not in year ${year}` });
          }
          const other = seen.get(date);
          if (other) out.push({ field: `${hField}.date`, message: `${hField}.date ${date} is already listed at ${other}` });
          else seen.set(date, hField);
        }
        if (typeof holiday['name'] !== 'string' || holiday['name'].trim() === '') {
          out.push({ field: `${hField}.name`, message: `${hField}.name must not be empty` });
        }
        if (!HOLIDAY_KINDS.includes(holiday['kind'] as HolidayKind)) {
          out.push({ field: `${hField}.kind`, message: `${hField}.kind must be one of ${HOLIDAY_KINDS.join(', ')}, got ${JSON.stringify(holiday['kind'])}` });
        }
      });
    });
  }

  const closedOn = input['closedOn'];
  if (!Array.isArray(closedOn)) {
    out.push({ field: 'closedOn', message: `closedOn must list the holiday kinds that close the office (${HOLIDAY_KINDS.join(', ')})` });
  } else {
    closedOn.forEach((kind, i) => {
      if (!HOLIDAY_KINDS.includes(kind as HolidayKind)) {
        out.push({ field: `closedOn[${i}]`, message: `closedOn[${i}] must be one of ${HOLIDAY_KINDS.join(', ')}, got ${JSON.stringify(kind)}` });
      }
    });
  }
  return out;
}

/** Throws a validation DomainError `CALENDAR_INVALID` listing every problem. */
export function assertValidDinasCalendar(input: unknown): asserts input is DinasCalendar {
  const problems = validateDinasCalendar(input);
  if (problems.length > 0) {
    throw validationError('CALENDAR_INVALID', `the dinas calendar is invalid: ${problems.map((p) => p.message).join('; ')}`, problems);
  }
}

/**
 * Builds a calendar from partial configuration, filling what is missing with the defaults (office hours,
 * working days, the 2024-2026 national holiday data, holiday kinds that close the office). Validates the result.
 */
export function createDinasCalendar(config: Partial<DinasCalendar> & Pick<DinasCalendar, 'timeZone'>): DinasCalendar {
  const calendar: DinasCalendar = {
    timeZone: config.timeZone,
    workingDays: config.workingDays ?? [...DEFAULT_WORKING_DAYS],
    officeHours: config.officeHours ?? (structuredClone(DEFAULT_OFFICE_HOURS) as Partial<Record<Hari, OfficeHours>>),
    holidays: config.holidays ?? (structuredClone(INDONESIAN_HOLIDAYS_2024_2026) as HolidayYear[]),
    closedOn: config.closedOn ?? [...DEFAULT_CLOSED_ON],
  };
  assertValidDinasCalendar(calendar);
  return calendar;
}
