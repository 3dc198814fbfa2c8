import type { DinasCalendar } from '@jejak/working-time';

export interface DinasCalendarState {
  /** null while the dinas runs on the default calendar. */
  calendar: DinasCalendar | null;
}

export const initialDinasCalendarState = (): DinasCalendarState => ({ calendar: null });
