import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CALENDAR_ADMINS } from '../../calendar-admin.roles';
import { CalendarParams } from '../../dto/calendar-params.dto';
import { CalendarCommandResponse, respondCalendar } from '../../dto/calendar-command.response';
import { SetDinasCalendarCommand } from './set-dinas-calendar.command';
import { SetDinasCalendarRequest } from './set-dinas-calendar.request.dto';

@ApiTags('Kalender kerja')
@ApiBearerAuth()
@Controller('calendars')
export class SetDinasCalendarHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Sets the dinas's working calendar (time zone, office hours, working days, holidays); compliance re-measures its cases. */
  @Put(':tenant')
  @ApiEndpoint({
    summary: "Set the dinas's working calendar",
    description: "Sets the time zone, office hours, working days, holidays and closures of a dinas; fields left out take the default of its province. Compliance re-measures every case of the dinas on the new calendar. Only the dinas's own administrators (Kepala Dinas, Sekretaris) write it.",
    body: { type: SetDinasCalendarRequest, example: { timeZone: 'WIB', workingDays: [1, 2, 3, 4, 5] } },
    response: { type: CalendarCommandResponse },
    ifMatch: true,
    path: '/calendars/35.01',
    problems: [{ status: 400, code: 'CALENDAR_INVALID', detail: 'Kalender dinas tidak valid: timeZone harus WIB, WITA atau WIT', errors: [{ field: 'timeZone', message: 'timeZone harus WIB, WITA atau WIT' }] }, 403, { status: 404, code: 'CALENDAR_NOT_FOUND', detail: 'Kalender kerja dinas wilayah 61 tidak ditemukan' }, 409, 412],
  })
  @Roles(...CALENDAR_ADMINS)
  async set(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: CalendarParams,
    @Body() body: SetDinasCalendarRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CalendarCommandResponse> {
    const revision = await this.commands.execute<SetDinasCalendarCommand, number>(new SetDinasCalendarCommand(user, params.tenant, body, expectedRevision));
    return respondCalendar(res, params.tenant, revision);
  }
}
