import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CALENDAR_ADMINS } from '../../calendar-admin.roles';
import { HolidayYearParams } from '../../dto/calendar-params.dto';
import { CalendarCommandResponse, respondCalendar } from '../../dto/calendar-command.response';
import { SetHolidayYearCommand } from './set-holiday-year.command';
import { SetHolidayYearRequest } from './set-holiday-year.request.dto';

@ApiTags('Kalender kerja')
@ApiBearerAuth()
@Controller('calendars')
export class SetHolidayYearHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Sets one year's libur nasional and cuti bersama (e.g. after a new SKB 3 Menteri). */
  @Put(':tenant/holidays/:year')
  @Roles(...CALENDAR_ADMINS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: CalendarCommandResponse })
  async set(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: HolidayYearParams,
    @Body() body: SetHolidayYearRequest,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CalendarCommandResponse> {
    const command = new SetHolidayYearCommand(user, params.tenant, params.year, body, expectedRevision);
    return respondCalendar(res, params.tenant, await this.commands.execute<SetHolidayYearCommand, number>(command));
  }
}
