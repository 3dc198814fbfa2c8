import type { IsoDate } from './letter-values';

/** A calendar date as the dinas sees it (WIB/WITA/WIT), not as UTC sees it. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
  iso: IsoDate;
}

/** The dinas's local calendar date of an instant. `utcOffsetMinutes`: WIB 420, WITA 480, WIT 540. */
export function localDate(instant: Date, utcOffsetMinutes: number): LocalDate {
  const shifted = new Date(instant.getTime() + utcOffsetMinutes * 60_000);
  const year = shifted.getUTCFullYear();
  const month = shifted.getUTCMonth() + 1;
  const day = shifted.getUTCDate();
  return { year, month, day, iso: `${year}-${pad(month)}-${pad(day)}` };
}

const pad = (n: number) => n.toString().padStart(2, '0');

/** True for a real calendar date written `YYYY-MM-DD` (rejects 2024-02-30). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** True for an ISO 8601 instant with a zone, e.g. `2024-04-02T03:00:00.000Z`. */
export function isIsoInstant(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
}
