import { Body, Controller, Param, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiEndpoint, CurrentUser, IfMatch, Roles, type AuthenticatedUser } from '@jejak/nest-platform';
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
  @ApiEndpoint({
    summary: "Set one year's holidays",
    description: "Replaces one year's libur nasional and cuti bersama in the dinas's calendar (e.g. after a new SKB 3 Menteri), leaving the other years as they are. Compliance re-measures the dinas's cases.",
    body: { type: SetHolidayYearRequest, example: { source: 'SKB 3 Menteri 2025', holidays: [{ date: '2025-01-01', name: 'Tahun Baru Masehi', kind: 'libur_nasional' }] } },
    response: { type: CalendarCommandResponse },
    ifMatch: true,
    path: '/calendars/35.01/holidays/2025',
    problems: [{ status: 400, code: 'CALENDAR_INVALID', detail: 'Kalender dinas tidak valid: holidays[0].date bukan tanggal', errors: [{ field: 'holidays[0].date', message: 'bukan tanggal' }] }, 403, { status: 404, code: 'CALENDAR_NOT_FOUND', detail: 'Kalender kerja dinas wilayah 61 tidak ditemukan' }, 409, 412],
  })
  @Roles(...CALENDAR_ADMINS)
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
