import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@jejak/event-store';
import { loadAggregate } from '@jejak/service-kit';
import { frozenCalendar, type DinasCalendar } from '@jejak/working-time';
import { defaultCalendarFor } from '../domain/dinas-calendar/dinas-calendar.defaults';
import { dinasCalendarDecider } from '../domain/dinas-calendar/dinas-calendar.decider';
import { dinasCalendarStream } from '../domain/dinas-calendar/dinas-calendar.stream';

export interface CurrentDinasCalendar {
  tenant: string;
  calendar: DinasCalendar;
  /** True while the dinas runs on the default calendar (no administrator set one). */
  isDefault: boolean;
  /** Stream revision (-1 for the default): the next If-Match value. */
  revision: number;
}

/** The dinas's calendar as its stream says now (commands and imports need it at once, not after the projection). */
@Injectable()
export class DinasCalendarReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async current(tenant: string): Promise<CurrentDinasCalendar> {
    const { state, revision } = await loadAggregate(this.store, dinasCalendarStream(tenant), dinasCalendarDecider);
    return { tenant, calendar: frozenCalendar(state.calendar ?? defaultCalendarFor(tenant)), isDefault: state.calendar === null, revision };
  }
}
