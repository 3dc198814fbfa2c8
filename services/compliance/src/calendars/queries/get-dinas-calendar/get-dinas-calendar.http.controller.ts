import { Controller, Get, Param, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, setETag, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import type { CurrentDinasCalendar } from '../../dinas-calendar.reader';
import { CalendarParams } from '../../dto/calendar-params.dto';
import { GetDinasCalendarQuery } from './get-dinas-calendar.query';

@ApiTags('Kalender kerja')
@ApiBearerAuth()
@Controller('calendars')
export class GetDinasCalendarHttpController {
  constructor(private readonly queries: QueryBus) {}

  /** The dinas's working calendar; the default (its province's time zone, national holidays) until an administrator sets one. */
  @Get(':tenant')
  @ApiEndpoint({
    summary: "Get the dinas's working calendar",
    description: "The dinas's working calendar and its revision (ETag); the default (its province's time zone, national holidays) until an administrator sets one.",
    path: '/calendars/35.01',
    problems: [400, { status: 404, code: 'CALENDAR_NOT_FOUND', detail: 'Kalender kerja dinas wilayah 61 tidak ditemukan' }],
  })
  async get(@CurrentUser() user: AuthenticatedUser, @Param() params: CalendarParams, @Res({ passthrough: true }) res: Response): Promise<CurrentDinasCalendar> {
    const current = await this.queries.execute<GetDinasCalendarQuery, CurrentDinasCalendar>(new GetDinasCalendarQuery(user, params.tenant));
    if (current.revision >= 0) setETag(res, current.revision);
    return current;
  }
}
