import { validationError } from '@jejak/domain-kit';
import type { DinasCalendar } from './dinas-calendar';
import { compileCalendar, officeMsBetween, plusMonths, toMillis, workingDayDues, type CompiledCalendar, type Instant } from './office-time.engine';
import { round4, type WorkingDuration } from './working-amount';

const MINUTE = 60_000;

export function assertOrdered(start: number, end: number): void {
  if (end < start) {
    throw validationError('WORKING_TIME_END_BEFORE_START', `end (${new Date(end).toISOString()}) is before start (${new Date(start).toISOString()})`, [
      { field: 'end', message: 'must not be before start' },
    ]);
  }
}

/**
 * Working days elapsed from `start` to `end`, as a real number consistent with `addWorkingTime`:
 * the whole part n is the largest n whose due instant `addWorkingTime(start, n hari)` is not after `end`;
 * the fraction is the office time from that due instant to `end`, divided by the office time between the
 * n-th and (n+1)-th due instants. So `measureWorkingDays(start, addWorkingTime(start, N hari)) === N`.
 */
export function measureWorkingDays(c: CompiledCalendar, start: number, end: number): number {
  let base = start;
  let whole = 0;
  for (const due of workingDayDues(c, start)) {
    if (due <= end) {
      base = due;
      whole += 1;
      continue;
    }
    return whole + officeMsBetween(c, base, end) / officeMsBetween(c, base, due);
  }
  /* istanbul ignore next: the generator is infinite */
  return whole;
}

/** Calendar months from `start` to `end` in the dinas's zone: whole months, then the fraction of the next month. */
export function measureMonths(c: CompiledCalendar, start: number, end: number): number {
  let whole = 0;
  while (plusMonths(c, start, whole + 1) <= end) whole += 1;
  const from = plusMonths(c, start, whole);
  const to = plusMonths(c, start, whole + 1);
  return whole + (end - from) / (to - from);
}

/**
 * Office time between two instants in the dinas's calendar.
 * - `officeMinutes`: minutes inside office hours (breaks, days off and closing holidays excluded).
 * - `workingDays`: working days elapsed, measured from the start's office position (see `addWorkingTime`):
 *   Monday 10:00 to Tuesday 10:00 is exactly 1; Monday 10:00 to Tuesday 12:00 is 1 + 120/510.
 * Throws `WORKING_TIME_END_BEFORE_START` when end < start.
 */
export function workingDuration(calendar: DinasCalendar, start: Instant, end: Instant): WorkingDuration {
  const c = compileCalendar(calendar);
  const s = toMillis(start, 'start');
  const e = toMillis(end, 'end');
  assertOrdered(s, e);
  return { officeMinutes: round4(officeMsBetween(c, s, e) / MINUTE), workingDays: round4(measureWorkingDays(c, s, e)) };
}
