import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { assertCalendarReadable } from '../../calendar-access';
import { DinasCalendarReader, type CurrentDinasCalendar } from '../../dinas-calendar.reader';
import { GetDinasCalendarQuery } from './get-dinas-calendar.query';

@QueryHandler(GetDinasCalendarQuery)
export class GetDinasCalendarHandler implements IQueryHandler<GetDinasCalendarQuery, CurrentDinasCalendar> {
  constructor(private readonly calendars: DinasCalendarReader) {}

  execute({ user, tenant }: GetDinasCalendarQuery): Promise<CurrentDinasCalendar> {
    assertCalendarReadable(user, tenant);
    return this.calendars.current(tenant);
  }
}
