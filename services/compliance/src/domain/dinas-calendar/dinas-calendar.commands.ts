import type { DinasCalendar } from '@jejak/working-time';

/** Calendar fields an administrator sets; what is left out takes the default. */
export type DinasCalendarInput = Partial<Record<keyof DinasCalendar, unknown>>;

export type DinasCalendarCommand =
  | { type: 'SetDinasCalendar'; tenant: string; calendar: DinasCalendarInput; at: string }
  | { type: 'SetHolidayYear'; tenant: string; year: number; source: unknown; holidays: unknown; at: string }
  | { type: 'RemoveHolidayYear'; tenant: string; year: number; at: string };
