import { Injectable } from '@nestjs/common';
import { CommandPipeline } from '@jejak/service-kit';
import { frozenCalendar, type DinasCalendar } from '@jejak/working-time';
import { defaultCalendarFor } from '../domain/dinas-calendar/dinas-calendar.defaults';
import { DinasCalendarAggregate } from '../domain/dinas-calendar/dinas-calendar.decider';

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
  constructor(private readonly pipeline: CommandPipeline) {}

  async current(tenant: string): Promise<CurrentDinasCalendar> {
    const { state, revision } = await this.pipeline.load(DinasCalendarAggregate, tenant);
    return { tenant, calendar: frozenCalendar(state.calendar ?? defaultCalendarFor(tenant)), isDefault: state.calendar === null, revision };
  }
}
