import { Controller, Delete, Param, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
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
  @Roles(...CALENDAR_ADMINS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'Expected stream revision (ETag)' })
  @ApiOkResponse({ type: CalendarCommandResponse })
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
