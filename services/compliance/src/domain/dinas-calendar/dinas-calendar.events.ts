import { EventTypeRegistry } from '@jejak/domain-kit';
import type { DinasCalendar } from '@jejak/working-time';

export type DinasCalendarChange = 'calendar_set' | 'holiday_year_set' | 'holiday_year_removed';

/** The dinas's working calendar changed; `calendar` is the whole calendar from now on. */
export interface DinasCalendarChanged {
  type: 'DinasCalendarChanged';
  data: {
    tenant: string;
    calendar: DinasCalendar;
    change: DinasCalendarChange;
    /** The holiday year set or removed; null for a whole-calendar change. */
    year: number | null;
    changedAt: string;
  };
}

export type DinasCalendarEvent = DinasCalendarChanged;
export const DINAS_CALENDAR_EVENT_TYPES: readonly string[] = ['DinasCalendarChanged'];

/**
 * The dinas calendar event types with their schema versions: the command pipeline writes and reads through
 * it, so do the projections; an unknown type or version fails on load. A changed shape bumps the
 * version and adds `dinas-calendar.upcasters.ts` (docs/architecture.md, "Event versions").
 */
export const dinasCalendarEventTypes = new EventTypeRegistry<DinasCalendarEvent>('kalender dinas').register('DinasCalendarChanged', { version: 1 });
