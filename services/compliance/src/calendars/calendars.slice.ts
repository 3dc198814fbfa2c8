import { RemoveHolidayYearHandler } from './commands/remove-holiday-year/remove-holiday-year.handler';
import { RemoveHolidayYearHttpController } from './commands/remove-holiday-year/remove-holiday-year.http.controller';
import { SetDinasCalendarHandler } from './commands/set-dinas-calendar/set-dinas-calendar.handler';
import { SetDinasCalendarHttpController } from './commands/set-dinas-calendar/set-dinas-calendar.http.controller';
import { SetHolidayYearHandler } from './commands/set-holiday-year/set-holiday-year.handler';
import { SetHolidayYearHttpController } from './commands/set-holiday-year/set-holiday-year.http.controller';
import { DinasCalendarReader } from './dinas-calendar.reader';
import { GetDinasCalendarHandler } from './queries/get-dinas-calendar/get-dinas-calendar.handler';
import { GetDinasCalendarHttpController } from './queries/get-dinas-calendar/get-dinas-calendar.http.controller';
import type { ServiceSlice } from '@jejak/service-kit';

export const calendarsSlice: ServiceSlice = {
  controllers: [GetDinasCalendarHttpController, SetDinasCalendarHttpController, SetHolidayYearHttpController, RemoveHolidayYearHttpController],
  providers: [
    DinasCalendarReader,
    GetDinasCalendarHandler,
    SetDinasCalendarHandler,
    SetHolidayYearHandler,
    RemoveHolidayYearHandler,
  ],
};
