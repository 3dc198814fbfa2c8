import type { Waktu } from '@jejak/contracts';
import { assertNever } from '@jejak/domain-kit';
import { dueInstant, WORKING_DAYS_PER_MINGGU } from './add-working-time';
import type { DinasCalendar } from './dinas-calendar';
import { compileCalendar, officeMsBetween, toMillis, type CompiledCalendar, type Instant } from './office-time.engine';
import { round4, type WorkingAmount, type WorkingDuration } from './working-amount';
import { assertOrdered, measureMonths, measureWorkingDays } from './working-duration';

const MINUTE = 60_000;

export interface WaktuMeasurement {
  /** The standard used: `waktu.max` (the ceiling of "Maksimal 1 hari", the upper bound of "2-4 hari"); null when none. */
  standard: WorkingAmount | null;
  /** The time taken, in the standard's unit; in office minutes ('menit') when there is no standard. */
  actual: WorkingAmount;
  /** null when there is no standard. */
  onTime: boolean | null;
  /** How far past the standard, in its unit (0 when on time); null when there is no standard. */
  overBy: WorkingAmount | null;
  /** Office minutes worked after the due instant (0 when on time); null when there is no standard. */
  overByOfficeMinutes: number | null;
  /** The due instant (`addWorkingTime(start, standard)`); null when there is no standard. */
  due: Date | null;
  duration: WorkingDuration;
}

/** The standard of a waktu: its max and unit, or null for "Menyesuaikan", "N/A" and empty. */
export function standardOf(waktu: Waktu): WorkingAmount | null {
  if (waktu.max === null || waktu.unit === null) return null;
  return { amount: waktu.max, unit: waktu.unit };
}

function actualIn(c: CompiledCalendar, start: number, end: number, unit: WorkingAmount['unit'], duration: WorkingDuration): number {
  switch (unit) {
    case 'menit':
      return duration.officeMinutes;
    case 'jam':
      return duration.officeMinutes / 60;
    case 'hari':
      return measureWorkingDays(c, start, end);
    case 'minggu':
      return measureWorkingDays(c, start, end) / WORKING_DAYS_PER_MINGGU;
    case 'bulan':
      return measureMonths(c, start, end);
    default:
      return assertNever(unit, 'waktu unit');
  }
}

/**
 * Measures the time from `start` to `end` against a mutu baku waktu.
 *
 * The standard is `waktu.max`. The step is on time when `end` is not later, in office time, than the due
 * instant `addWorkingTime(start, standard)`: for menit/jam/hari/minggu no office minute may pass after the
 * due (finishing at 18:00 a step due at that day's 16:00 close is on time, nothing was open in between);
 * for bulan the comparison is in calendar time.
 *
 * How "hari" compares: a "1 hari" step started Monday 10:00 is due Tuesday 10:00 (same office position
 * one working day later); finished Tuesday 09:59 it is on time, finished Tuesday 12:00 it is late by
 * 120 office minutes, i.e. 120/510 hari when Tuesday has 510 office minutes (07:30-16:00).
 */
export function measureAgainstWaktu(calendar: DinasCalendar, start: Instant, end: Instant, waktu: Waktu): WaktuMeasurement {
  const c = compileCalendar(calendar);
  const s = toMillis(start, 'start');
  const e = toMillis(end, 'end');
  assertOrdered(s, e);
  const duration: WorkingDuration = { officeMinutes: round4(officeMsBetween(c, s, e) / MINUTE), workingDays: round4(measureWorkingDays(c, s, e)) };
  const standard = standardOf(waktu);
  if (!standard) {
    return { standard: null, actual: { amount: duration.officeMinutes, unit: 'menit' }, onTime: null, overBy: null, overByOfficeMinutes: null, due: null, duration };
  }
  const due = dueInstant(c, s, standard);
  const officeAfterDue = e > due ? officeMsBetween(c, due, e) : 0;
  const late = standard.unit === 'bulan' ? e > due : officeAfterDue > 0;
  const actual = actualIn(c, s, e, standard.unit, duration);
  return {
    standard,
    actual: { amount: round4(actual), unit: standard.unit },
    onTime: !late,
    overBy: { amount: late ? round4(actual - standard.amount) : 0, unit: standard.unit },
    overByOfficeMinutes: late ? round4(officeAfterDue / MINUTE) : 0,
    due: new Date(due),
    duration,
  };
}
