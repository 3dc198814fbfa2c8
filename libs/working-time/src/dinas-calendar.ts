/**
 * The working calendar of one dinas: its time zone, office hours, working days and holidays.
 * Everything here is configuration DATA that administrators edit; the functions of this library
 * never hold calendar facts as constants.
 */

/** Days of the week in Indonesian, in ISO order: `HARI[0]` is Monday (ISO weekday 1). */
export type Hari = 'senin' | 'selasa' | 'rabu' | 'kamis' | 'jumat' | 'sabtu' | 'minggu';
export const HARI: readonly Hari[] = ['senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu'];

/** ISO weekday (1 = Monday ... 7 = Sunday) to its Indonesian name. */
export const hariOfIsoWeekday = (isoWeekday: number): Hari => HARI[isoWeekday - 1];

/** A libur nasional is a national public holiday; a cuti bersama is collective leave for ASN (SKB 3 Menteri). */
export type HolidayKind = 'libur_nasional' | 'cuti_bersama';
export const HOLIDAY_KINDS: readonly HolidayKind[] = ['libur_nasional', 'cuti_bersama'];

export interface Holiday {
  /** Local date, ISO `YYYY-MM-DD`. */
  date: string;
  name: string;
  kind: HolidayKind;
}

/** The holidays of one year, with where they come from (e.g. the SKB 3 Menteri that set them). */
export interface HolidayYear {
  year: number;
  source: string;
  holidays: Holiday[];
}

/** A local wall-clock range, `HH:mm`-`HH:mm`, end after start. */
export interface ClockRange {
  start: string;
  end: string;
}

/** Office hours of one weekday, with an optional break that does not count as office time. */
export interface OfficeHours extends ClockRange {
  break?: ClockRange | null;
}

/** Indonesian time-zone labels and the IANA zones they stand for. */
export type TimeZoneLabel = 'WIB' | 'WITA' | 'WIT';
export const TIME_ZONE_LABELS: Readonly<Record<TimeZoneLabel, string>> = {
  WIB: 'Asia/Jakarta',
  WITA: 'Asia/Makassar',
  WIT: 'Asia/Jayapura',
};
/**
 * IANA zones accepted for a dinas. Asia/Pontianak is WIB too (Kalimantan Barat, UTC+7), so it is accepted
 * beside Asia/Jakarta.
 */
export const INDONESIAN_TIME_ZONES: readonly string[] = ['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura'];

export interface DinasCalendar {
  /** IANA zone (`Asia/Jakarta`, `Asia/Pontianak`, `Asia/Makassar`, `Asia/Jayapura`) or a label: WIB, WITA, WIT. */
  timeZone: string;
  /** Days the office works, e.g. senin..jumat. Each needs an entry in `officeHours`. */
  workingDays: Hari[];
  /** Office hours per working day. */
  officeHours: Partial<Record<Hari, OfficeHours>>;
  /** Holidays per year. */
  holidays: HolidayYear[];
  /** Which holiday kinds close the office (a dinas whose front office opens on cuti bersama lists only libur_nasional). */
  closedOn: HolidayKind[];
}

/** Resolves WIB/WITA/WIT to their IANA zone; an IANA name is returned as given. */
export function resolveTimeZone(timeZone: string): string {
  const label = timeZone.trim().toUpperCase();
  if (label in TIME_ZONE_LABELS) return TIME_ZONE_LABELS[label as TimeZoneLabel];
  return timeZone.trim();
}
