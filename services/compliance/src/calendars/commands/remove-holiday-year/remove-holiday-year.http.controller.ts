import { Controller, Delete, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
import type { Response } from 'express';
import { CALENDAR_ADMINS } from '../../calendar-admin.roles';
import { HolidayYearParams } from '../../dto/calendar-params.dto';
import { CalendarCommandResponse, respondCalendar } from '../../dto/calendar-command.response';
import { RemoveHolidayYearCommand } from './remove-holiday-year.command';

@ApiTags('Kalender kerja')
@ApiBearerAuth()
@Controller('calendars')
export class RemoveHolidayYearHttpController {
  constructor(private readonly commands: CommandBus) {}

  /** Removes one year's holidays from the dinas's calendar. */
  @Delete(':tenant/holidays/:year')
  @ApiEndpoint({
    summary: "Remove one year's holidays",
    description: "Removes one year's holidays from the dinas's calendar; its days count as working days from then on.",
    response: { type: CalendarCommandResponse },
    ifMatch: true,
    path: '/calendars/35.01/holidays/2025',
    problems: [400, 403, { status: 404, code: 'HOLIDAY_YEAR_UNKNOWN', detail: 'Kalender dinas tidak memuat hari libur tahun 2031' }, 409, 412],
  })
  @Roles(...CALENDAR_ADMINS)
  async remove(
    @CurrentUser() user: AuthenticatedUser,
    @Param() params: HolidayYearParams,
    @IfMatch() expectedRevision: number | undefined,
    @Res({ passthrough: true }) res: Response,
  ): Promise<CalendarCommandResponse> {
    const command = new RemoveHolidayYearCommand(user, params.tenant, params.year, expectedRevision);
    return respondCalendar(res, params.tenant, await this.commands.execute<RemoveHolidayYearCommand, number>(command));
  }
}
