import { validationError, type DomainErrorDetail } from '@jejak/domain-kit';
import { TEXT_LIMITS } from '@jejak/nest-platform';

/** Years of holidays one calendar holds. */
export const MAX_HOLIDAY_YEARS = 50;
/** Holidays one year lists (every day of a leap year at most). */
export const MAX_HOLIDAYS_PER_YEAR = 366;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function tooLong(value: unknown, max: number): boolean {
  return typeof value === 'string' && value.length > max;
}

/** Length limits on the free texts of one year's holidays (`source`, each holiday's `name`), named like the calendar's own checks. */
export function holidayYearLimitProblems(source: unknown, holidays: unknown, prefix = ''): DomainErrorDetail[] {
  const out: DomainErrorDetail[] = [];
  const field = (name: string) => (prefix ? `${prefix}.${name}` : name);
  if (tooLong(source, TEXT_LIMITS.text)) out.push({ field: field('source'), message: `${field('source')} paling panjang ${TEXT_LIMITS.text} karakter` });
  if (Array.isArray(holidays)) {
    if (holidays.length > MAX_HOLIDAYS_PER_YEAR) out.push({ field: field('holidays'), message: `${field('holidays')} paling banyak ${MAX_HOLIDAYS_PER_YEAR} hari libur setahun` });
    holidays.slice(0, MAX_HOLIDAYS_PER_YEAR).forEach((holiday, h) => {
      if (!isObject(holiday)) return;
      const name = `${prefix ? `${prefix}.` : ''}holidays[${h}].name`;
      if (tooLong(holiday['name'], TEXT_LIMITS.name)) out.push({ field: name, message: `${name} paling panjang ${TEXT_LIMITS.name} karakter` });
    });
  }
  return out;
}

/** The same limits over every year of a whole calendar's `holidays`. */
export function calendarLimitProblems(holidays: unknown): DomainErrorDetail[] {
  if (!Array.isArray(holidays)) return [];
  return holidays.flatMap((entry, y) => (isObject(entry) ? holidayYearLimitProblems(entry['source'], entry['holidays'], `holidays[${y}]`) : []));
}

/** Throws the calendar's 400 (`CALENDAR_INVALID`) when a limit is passed, before anything is decided or written. */
export function assertWithinCalendarLimits(problems: DomainErrorDetail[]): void {
  if (problems.length > 0) throw validationError('CALENDAR_INVALID', `Kalender dinas tidak valid: ${problems.map((p) => p.message).join('; ')}`, problems);
}
