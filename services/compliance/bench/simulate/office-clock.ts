import { HARI, hariOfIsoWeekday, resolveTimeZone, type DinasCalendar, type WorkingAmount } from '@jejak/working-time';
import { DateTime } from 'luxon';

/**
 * Working-time arithmetic of one dinas calendar, precompiled for a span of years so the simulator can do a few
 * hundred thousand additions a second. It follows `@jejak/working-time`'s rules exactly (`addWorkingTime`: office
 * minutes for menit/jam, same office position on later working days for hari/minggu, calendar months for bulan) —
 * the unit tests compare the two on many instants — but works on arrays of office intervals instead of compiling
 * the calendar on every call.
 */

const MINUTE = 60_000;
const WORKING_DAYS_PER_MINGGU = 5;
const EPSILON = 1e-9;

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

export class OfficeClock {
  readonly zone: string;
  /** Office intervals [start, end) in order, and the office ms before each. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly before: number[] = [];
  /** Working days: local date, first interval, interval count, opening, closing, office length. */
  private readonly dates: string[] = [];
  private readonly firstInterval: number[] = [];
  private readonly intervalCount: number[] = [];
  private readonly closes: number[] = [];
  private readonly lengths: number[] = [];

  constructor(
    calendar: DinasCalendar,
    readonly fromYear: number,
    readonly toYear: number,
  ) {
    this.zone = resolveTimeZone(calendar.timeZone);
    const closed = new Set(calendar.holidays.flatMap((y) => y.holidays.filter((h) => calendar.closedOn.includes(h.kind)).map((h) => h.date)));
    const working = new Set(calendar.workingDays.filter((d) => HARI.includes(d)));
    let office = 0;
    for (let day = DateTime.fromObject({ year: fromYear, month: 1, day: 1 }, { zone: this.zone }); day.year <= toYear; day = day.plus({ days: 1 })) {
      const hari = hariOfIsoWeekday(day.weekday);
      const hours = calendar.officeHours[hari];
      const date = day.toISODate() as string;
      if (!working.has(hari) || !hours || closed.has(date)) continue;
      const at = (clock: string) => {
        const m = minutesOf(clock);
        return day.set({ hour: Math.floor(m / 60), minute: m % 60, second: 0, millisecond: 0 }).toMillis();
      };
      const intervals: Array<[number, number]> = hours.break
        ? [
            [at(hours.start), at(hours.break.start)],
            [at(hours.break.end), at(hours.end)],
          ]
        : [[at(hours.start), at(hours.end)]];
      this.dates.push(date);
      this.firstInterval.push(this.starts.length);
      this.intervalCount.push(intervals.length);
      this.closes.push(intervals[intervals.length - 1][1]);
      this.lengths.push(intervals.reduce((sum, [s, e]) => sum + (e - s), 0));
      for (const [s, e] of intervals) {
        this.starts.push(s);
        this.ends.push(e);
        this.before.push(office);
        office += e - s;
      }
    }
    if (this.dates.length === 0) throw new Error('the calendar has no working day in the span');
  }

  /** The working days (local ISO dates) of the span. */
  workingDates(): readonly string[] {
    return this.dates;
  }

  /** First index i of `sorted` with sorted[i] > t (sorted.length when none). */
  private static firstAbove(sorted: readonly number[], t: number): number {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] > t) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }

  private outOfSpan(t: number): never {
    throw new Error(`${new Date(t).toISOString()} is outside the office clock's span ${this.fromYear}-${this.toYear}`);
  }

  /** Office ms from the span's start to `t`. */
  private officeAt(t: number): number {
    const k = OfficeClock.firstAbove(this.ends, t);
    if (k === this.ends.length) return this.before[k - 1] + (this.ends[k - 1] - this.starts[k - 1]);
    return this.before[k] + Math.max(0, t - this.starts[k]);
  }

  /** Office ms in [a, b); zero when b <= a. */
  officeMsBetween(a: number, b: number): number {
    return b <= a ? 0 : this.officeAt(b) - this.officeAt(a);
  }

  /** Whether the office is open at `t`, or closes exactly then. */
  isOfficeTime(t: number): boolean {
    const k = OfficeClock.firstAbove(this.ends, t - 1);
    return k < this.ends.length && this.starts[k] <= t && t <= this.ends[k];
  }

  /** The earliest instant at which `ms` office ms have passed since `t` (counting starts at the next office time). */
  addOfficeMs(t: number, ms: number): number {
    if (ms <= 0) return t;
    const k = OfficeClock.firstAbove(this.ends, t);
    if (k === this.ends.length) this.outOfSpan(t);
    const target = this.before[k] + Math.max(0, t - this.starts[k]) + ms;
    const j = OfficeClock.firstAbove(this.before, target) - 1;
    if (j >= this.ends.length) this.outOfSpan(t);
    const within = target - this.before[j];
    if (within > this.ends[j] - this.starts[j]) this.outOfSpan(t);
    // A target exactly at an interval's end is that end (the earliest instant), not the next opening.
    if (within === 0 && j > 0 && this.before[j] === this.before[j - 1] + (this.ends[j - 1] - this.starts[j - 1])) return this.ends[j - 1];
    return this.starts[j] + within;
  }

  /** Where `t` sits: its working day (index) and the office ms of that day already passed (see `officePosition`). */
  private position(t: number): { day: number; offset: number } {
    const day = OfficeClock.firstAbove(this.closes, t);
    if (day === this.closes.length) this.outOfSpan(t);
    const first = this.firstInterval[day];
    let offset = 0;
    for (let k = first; k < first + this.intervalCount[day]; k += 1) offset += Math.max(0, Math.min(this.ends[k], t) - this.starts[k]);
    return { day, offset };
  }

  private instantAtOffset(day: number, offset: number): number {
    const first = this.firstInterval[day];
    let rest = offset;
    for (let k = first; k < first + this.intervalCount[day]; k += 1) {
      if (rest <= this.ends[k] - this.starts[k]) return this.starts[k] + rest;
      rest -= this.ends[k] - this.starts[k];
    }
    return this.closes[day];
  }

  /** Due of n (1-based) working days after a start at `start` (see `workingDayDues`). */
  private dueOf(start: { day: number; offset: number }, n: number): number {
    const day = start.offset === 0 ? start.day + n - 1 : start.day + n;
    if (day >= this.closes.length) this.outOfSpan(this.closes[this.closes.length - 1]);
    return start.offset === 0 ? this.closes[day] : this.instantAtOffset(day, Math.min(start.offset, this.lengths[day]));
  }

  addWorkingDays(t: number, days: number): number {
    const whole = Math.floor(days + EPSILON);
    const rest = days - whole;
    const fraction = rest < EPSILON ? 0 : rest;
    const start = this.position(t);
    const base = whole === 0 ? t : this.dueOf(start, whole);
    if (fraction === 0) return base;
    const next = this.dueOf(start, whole + 1);
    return this.addOfficeMs(base, fraction * this.officeMsBetween(base, next));
  }

  addMonths(t: number, months: number): number {
    const whole = Math.floor(months + EPSILON);
    const rest = months - whole;
    const fraction = rest < EPSILON ? 0 : rest;
    const start = DateTime.fromMillis(t, { zone: this.zone });
    const base = start.plus({ months: whole }).toMillis();
    if (fraction === 0) return base;
    return base + fraction * (start.plus({ months: whole + 1 }).toMillis() - base);
  }

  /** `addWorkingTime` of `@jejak/working-time`, on epoch ms (whole ms, as its Date result). */
  add(t: number, time: WorkingAmount): number {
    return Math.trunc(this.addExact(t, time));
  }

  private addExact(t: number, time: WorkingAmount): number {
    switch (time.unit) {
      case 'menit':
        return this.addOfficeMs(t, time.amount * MINUTE);
      case 'jam':
        return this.addOfficeMs(t, time.amount * 60 * MINUTE);
      case 'hari':
        return this.addWorkingDays(t, time.amount);
      case 'minggu':
        return this.addWorkingDays(t, time.amount * WORKING_DAYS_PER_MINGGU);
      case 'bulan':
        return this.addMonths(t, time.amount);
    }
  }

  /** `t` when the office is open then (or closes then), else the next opening. */
  snap(t: number): number {
    if (this.isOfficeTime(t)) return t;
    const k = OfficeClock.firstAbove(this.ends, t);
    if (k === this.ends.length) this.outOfSpan(t);
    return this.starts[k];
  }
}
