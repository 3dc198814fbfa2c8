import { assertNever } from '@jejak/domain-kit';
import type { DinasCalendarEvent } from './dinas-calendar.events';
import type { DinasCalendarState } from './dinas-calendar.state';

/** Every change carries the whole calendar from then on. */
export function evolve(_state: DinasCalendarState, event: DinasCalendarEvent): DinasCalendarState {
  switch (event.type) {
    case 'DinasCalendarChanged':
      return { calendar: event.data.calendar };
    default:
      return assertNever(event.type);
  }
}
