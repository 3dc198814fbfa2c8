import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
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
  @Roles(...CALENDAR_ADMINS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: CalendarCommandResponse })
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
