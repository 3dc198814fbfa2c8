import type { Decider } from '@jejak/domain-kit';
import type { AggregateType } from '@jejak/service-kit';
import type { DinasCalendarCommand } from './dinas-calendar.commands';
import { decide } from './dinas-calendar.decide';
import { dinasCalendarEventTypes, type DinasCalendarEvent } from './dinas-calendar.events';
import { evolve } from './dinas-calendar.evolve';
import { initialDinasCalendarState, type DinasCalendarState } from './dinas-calendar.state';

/** The working calendar of one dinas: time zone, office hours, working days, holidays and cuti bersama per year. */
export const dinasCalendarDecider: Decider<DinasCalendarCommand, DinasCalendarEvent, DinasCalendarState> = {
  decide,
  evolve,
  initialState: initialDinasCalendarState,
};

/** One stream per dinas holds its working calendar: `calendar-<tenant>`. */
export const dinasCalendarStream = (tenant: string): string => `calendar-${tenant}`;

/** The dinas calendar as the command pipeline runs it: one stream per dinas, the id is the tenant code. */
export const DinasCalendarAggregate: AggregateType<DinasCalendarCommand, DinasCalendarEvent, DinasCalendarState> = {
  name: 'kalender dinas',
  stream: dinasCalendarStream,
  decider: dinasCalendarDecider,
  events: dinasCalendarEventTypes,
};
