import { WAKTU_UNITS } from '@jejak/contracts';
import { assertNever, validationError } from '@jejak/domain-kit';
import type { DinasCalendar } from './dinas-calendar';
import {
  addOfficeMs,
  compileCalendar,
  officeMsBetween,
  plusMonths,
  toMillis,
  workingDayDues,
  type CompiledCalendar,
  type Instant,
} from './office-time.engine';
import type { WorkingAmount } from './working-amount';

const MINUTE = 60_000;
const EPSILON = 1e-9;

/** Working days in a "minggu". */
export const WORKING_DAYS_PER_MINGGU = 5;

function splitAmount(amount: number): { whole: number; fraction: number } {
  const whole = Math.floor(amount + EPSILON);
  const fraction = amount - whole;
  return { whole, fraction: fraction < EPSILON ? 0 : fraction };
}

/** Due instant after `days` working days (fractions take that share of the next working-day span). */
export function dueAfterWorkingDays(c: CompiledCalendar, start: number, days: number): number {
  const { whole, fraction } = splitAmount(days);
  let base = start;
  let n = 0;
  for (const due of workingDayDues(c, start)) {
    if (n === whole) {
      if (fraction === 0) return base;
      return addOfficeMs(c, base, fraction * officeMsBetween(c, base, due));
    }
    base = due;
    n += 1;
  }
  /* istanbul ignore next: the generator is infinite */
  return base;
}

/** Due instant after `months` calendar months (fractions take that share of the next month). */
export function dueAfterMonths(c: CompiledCalendar, start: number, months: number): number {
  const { whole, fraction } = splitAmount(months);
  const base = plusMonths(c, start, whole);
  if (fraction === 0) return base;
  return base + fraction * (plusMonths(c, start, whole + 1) - base);
}

export function dueInstant(c: CompiledCalendar, start: number, time: WorkingAmount): number {
  if (!Number.isFinite(time.amount) || time.amount < 0) {
    throw validationError('WAKTU_AMOUNT_INVALID', `waktu amount must be a number >= 0, got ${time.amount}`, [{ field: 'amount', message: 'must be >= 0' }]);
  }
  if (!WAKTU_UNITS.includes(time.unit)) {
    throw validationError('WAKTU_UNIT_INVALID', `waktu unit must be one of ${WAKTU_UNITS.join(', ')}, got ${String(time.unit)}`, [{ field: 'unit', message: 'unknown unit' }]);
  }
  switch (time.unit) {
    case 'menit':
      return addOfficeMs(c, start, time.amount * MINUTE);
    case 'jam':
      return addOfficeMs(c, start, time.amount * 60 * MINUTE);
    case 'hari':
      return dueAfterWorkingDays(c, start, time.amount);
    case 'minggu':
      return dueAfterWorkingDays(c, start, time.amount * WORKING_DAYS_PER_MINGGU);
    case 'bulan':
      return dueAfterMonths(c, start, time.amount);
    default:
      return assertNever(time.unit, 'waktu unit');
  }
}

/**
 * The due instant of an amount of working time started at `start`. It is always the EARLIEST instant at
 * which the time is used up, so a due at a day's close is reported as that close, not the next opening.
 *
 * - "menit" / "jam": office time only. Counting starts at the next office minute: 60 menit started Friday
 *   16:00 (Friday closes 16:30) is due Monday 08:00.
 * - "hari": working days, office-time-equivalent. The step keeps the start's office position (office
 *   minutes already passed that day): a "1 hari" step started Monday 10:00 is due Tuesday 10:00; started
 *   Thursday 10:00 it is due Friday 10:00 (same 150 office minutes after opening). If the target day is
 *   shorter than that offset, the due is its close. A start before opening counts from the opening, so it
 *   gets the whole day: "1 hari" started Monday 07:00 is due Monday 16:00; a start at or after closing, on a
 *   weekend or holiday counts from the next opening. Weekends, closing holidays (libur nasional, and cuti
 *   bersama unless the dinas opens on it) are not working days.
 * - "minggu": 5 working days, as above.
 * - "bulan": calendar months in the dinas's zone, weekends and holidays included (31 January + 1 bulan is
 *   28/29 February). The due is not moved off a holiday.
 * Fractional amounts of hari/minggu/bulan take that share of the next day (or month) span.
 */
export function addWorkingTime(calendar: DinasCalendar, start: Instant, time: WorkingAmount): Date {
  const c = compileCalendar(calendar);
  return new Date(dueInstant(c, toMillis(start, 'start'), time));
}
